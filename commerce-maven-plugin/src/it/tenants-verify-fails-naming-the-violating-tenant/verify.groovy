def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] [3/3 tenants] 2 ok, 1 violations, 0 failed')
  assert failureMessage() == 'commerce:verify-policy did not succeed in 1 of 3 tenants (2 ok, 1 violations, 0 failed):'
  String violating = lineStartingWith('[ERROR]   VIOLATIONS tenant-00002.onmicrosoft.com: 3 violations in 24 products '
      + 'checked against 1 rule: ')
  enabledIn('tenant-00002.onmicrosoft.com').each { assert violating.contains(it + ' ') }
  assert lines.findAll { it.startsWith('[ERROR]   ') }.size() == 1
  assertNoStackTrace()

  def junit = new groovy.xml.XmlSlurper().parse(file('target/commerce/TEST-commerce-verify-policy.xml'))
  assert junit.name() == 'testsuites'
  assert junit.testsuite.size() == 3
  assert junit.testsuite*.@name*.text() == (1..3).collect { "commerce.verify-policy.tenant-0000${it}_onmicrosoft_com" }
  assert junit.testsuite*.@failures*.text() == ['0', '3', '0']
  assert junit.testsuite[1].testcase.findAll { it.failure.size() > 0 }*.@name*.text()*.take(12).sort() ==
      enabledIn('tenant-00002.onmicrosoft.com')

  def report = new groovy.json.JsonSlurper().parse(file('target/commerce/verify-policy.json'))
  assert report.tenants.keySet() as List == (1..3).collect { "tenant-0000${it}.onmicrosoft.com".toString() }
  assert report.tenants['tenant-00002.onmicrosoft.com'].status == 'violations'
  assert file('target/commerce/verify-policy.md').text.contains('| tenant-00002.onmicrosoft.com | violations |')
  // one token per tenant authority, one listing each
  assert admin.journal().findAll { it.route() == TOKEN }*.pathTenant().sort() ==
      (1..3).collect { "tenant-0000${it}.onmicrosoft.com".toString() }
  assert admin.count('GET', PRODUCTS) == 3
}
