def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] [4/4 tenants] 2 ok, 2 failed')
  assert failureMessage() == 'commerce:update-policy did not succeed in 2 of 4 tenants (2 ok, 2 failed):'
  String noConsent = lineStartingWith('[ERROR]   FAILED tenant-00002.onmicrosoft.com: Entra ID refused a token for '
      + "client secret of app ${APP_ID} in tenant tenant-00002.onmicrosoft.com")
  assert noConsent.contains('AADSTS700016') && noConsent.contains('correlation id ')
  assert noConsent.endsWith('Nothing was changed there.')
  String forbidden = lineStartingWith('[ERROR]   FAILED tenant-00003.onmicrosoft.com: ')
  assert forbidden.contains('HTTP 403') && forbidden.contains('correlation id ')
  assert forbidden.endsWith('Nothing was changed there.')
  assertNoStackTrace()
  assert enabledIn('tenant-00001.onmicrosoft.com') == []
  assert enabledIn('tenant-00004.onmicrosoft.com') == []
  assert enabledIn('tenant-00002.onmicrosoft.com').size() == 3
  assert enabledIn('tenant-00003.onmicrosoft.com').size() == 3
  def kept = file('target/commerce').list().findAll { it.startsWith('before-update-policy-') }.sort()
  assert kept.size() == 2 && kept[0].startsWith('before-update-policy-tenant-00001.onmicrosoft.com-')
  def report = new groovy.json.JsonSlurper().parse(file('target/commerce/update-policy.json'))
  assert report.tenants.collect { k, v -> v.status } == ['ok', 'failed', 'failed', 'ok']
  String md = file('target/commerce/update-policy.md').text
  assert md.indexOf('### Failures') < md.indexOf('| tenant-00001.onmicrosoft.com | ok |')
}
