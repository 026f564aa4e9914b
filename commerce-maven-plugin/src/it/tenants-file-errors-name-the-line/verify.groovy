def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  String list = file('tenants.txt').canonicalPath
  assert failureMessage() == "commerce.tenants: ${list}:4: 'Tenant-00001.onmicrosoft.com' is listed twice (first at " +
      "${list}:2): list each tenant once."
  assertNoStackTrace()
  assert admin.journal().isEmpty()
  assert !file('target/commerce/verify-policy.json').exists()
}
