def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] Exported 24 products and 4 offer types to exported.json; apply it to restore this state.')
  assertLine('[INFO] Wrote state/exported.json, target/commerce/export.json, target/commerce/export.md')
  def exported = new groovy.json.JsonSlurper().parse(file('state/exported.json'))
  assert exported.products.size() == 24 && exported.products.CFQ7TTC0MM8R == 'Disabled'
  assert exported.offerTypes == [SaaS: 'Disabled', POWERBIVISUALS: 'Enabled', DYNAMICSCE: 'Enabled', DYNAMICSBC: 'Enabled']
  assert !file('target/commerce/desired-state.json').exists()
  assert admin.count('PUT', PRODUCT) == 0
}
