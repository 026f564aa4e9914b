def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] CFQ7TTC0MM8R Microsoft 365 Copilot: Enabled → Disabled')
  assertLine('[INFO] Policy gate passed: 0 violations in 24 products checked against 1 rule.')
  assert admin.count('PUT', PRODUCT) == 1
  assert admin.productValue(tenant, 'CFQ7TTC0MM8R') == 'Disabled'
  assert file('target/commerce/TEST-commerce-verify-policy.xml').exists()
}
