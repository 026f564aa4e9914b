def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] [3/3 tenants] 3 ok, 0 failed')
  assert enabledIn('tenant-00001.onmicrosoft.com') == []
  assert enabledIn('tenant-00003.onmicrosoft.com') == []
  assert enabledIn('tenant-00002.onmicrosoft.com') == []
  assert admin.productValue('tenant-00002.onmicrosoft.com', 'CFQ7TTC0RM8K') == 'OnlyTrialsWithoutPaymentMethod'
  assert admin.productValue('tenant-00001.onmicrosoft.com', 'CFQ7TTC0RM8K') == 'Disabled'
  // one before-state per tenant, each the tenant's own values: applied to that tenant, it restores them
  (1..3).each { n ->
    String tenant = "tenant-0000${n}.onmicrosoft.com"
    def found = file('target/commerce').listFiles().findAll { it.name.startsWith("before-apply-${tenant}-") }
    assert found.size() == 1: "one before-state for ${tenant}: ${file('target/commerce').list()}"
    def before = new groovy.json.JsonSlurper().parse(found[0])
    assert before.products.findAll { it.value == 'Enabled' }.size() == 3
  }
  assert lineStartingWith('[INFO] The previous values of 3 tenants are in one before-state file each, such as ')
  def report = new groovy.json.JsonSlurper().parse(file('target/commerce/apply.json'))
  assert report.tenants.collect { k, v -> v.status } == ['ok', 'ok', 'ok']
  assertNoText('[INFO] CFQ7')
}
