def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
  assertLine('[INFO] CFQ7TTC0MM8R Microsoft 365 Copilot: Enabled → Disabled')
  assertLine('[INFO] CFQ7TTC0HD33 Visio Plan 1: Enabled → Disabled')
  assert lines.count('[INFO] Policy gate passed: 0 violations in 1 product checked against 1 rule.') == 2
  assert admin.count('PUT', PRODUCT) == 2
  ['module-a', 'module-b'].each { m ->
    assert file("${m}/target/commerce/TEST-commerce-verify-policy.xml").exists()
    def exported = new groovy.json.JsonSlurper().parse(file("${m}/target/commerce/desired-state.json"))
    assert exported.products.size() == 24
  }
  assert admin.productValue(tenant, 'CFQ7TTC0MM8R') == 'Disabled'
  assert admin.productValue(tenant, 'CFQ7TTC0HD33') == 'Disabled'
}
