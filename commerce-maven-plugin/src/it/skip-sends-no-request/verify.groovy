def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] Skipping commerce:verify-policy (commerce.skip=true).')
  assert admin.journal().isEmpty()
  assert !file('target/commerce').exists()
}
