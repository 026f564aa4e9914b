def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] 24 products: 24 Enabled')
  assertNoStackTrace()
  assert admin.count('GET', PRODUCTS) == 1
}
