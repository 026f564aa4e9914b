def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] Applied: 23 changed, 1 unchanged, 0 failed, 0 not attempted.')
  assertLine('[INFO] Exported 24 products to exported.json; apply it to restore this state.')
  assertLine('[INFO] Applied: 0 changed, 24 unchanged, 0 failed, 0 not attempted.')
  def exported = new groovy.json.JsonSlurper().parse(file('target/exported.json'))
  assert exported.policyId == 'AllowSelfServicePurchase'
  assert exported.default == null
  assert exported.products.size() == 24
  assert exported.products.CFQ7TTC0RM8K == 'OnlyTrialsWithoutPaymentMethod'
  assert exported.products.CFQ7TTC0H9MP == 'Enabled'
  assert exported.products.CFQ7TTC0MM8R == 'Disabled'
  assert exported.products.findAll { it.value == 'Disabled' }.size() == 22
  exported.products.each { id, value -> assert admin.productValue(tenant, id) == value }
  assert admin.count('PUT', PRODUCT) == 23
}
