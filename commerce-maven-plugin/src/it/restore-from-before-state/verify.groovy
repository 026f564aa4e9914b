def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] Applied: 24 changed, 0 unchanged, 0 failed, 0 not attempted.')
  assertLine('[INFO] Applied: 24 changed, 0 unchanged, 0 failed, 0 not attempted.')
  assert lines.count('[INFO] Applied: 24 changed, 0 unchanged, 0 failed, 0 not attempted.') == 2
  def before = new groovy.json.JsonSlurper().parse(file('target/restore.json'))
  assert before.products.size() == 24 && before.default == null
  assert productValues() == context.get('before')
  assert admin.productValue(tenant, 'CFQ7TTC0LH2H') == 'OnlyTrialsWithoutPaymentMethod'
  assert admin.count('PUT', PRODUCT) == 48
}
