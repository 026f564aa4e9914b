def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[ERROR]   CFQ7TTC0HD33 Visio Plan 1 is Enabled (rule: no product may be Enabled)')
  assertLine('[ERROR]   CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product may be Enabled)')
  assert failureMessage().startsWith('Policy gate failed: 2 violations in 24 products checked against 1 rule:')
  assertNoStackTrace()
  // the reports are written before the build fails, for CI to pick up
  def junit = file('target/commerce/TEST-commerce-verify-policy.xml').text
  assert junit.contains('CFQ7TTC0MM8R') && junit.contains('<failure')
  assert admin.count('GET', PRODUCTS) == 1
  assert admin.count('PUT', PRODUCT) == 0
}
