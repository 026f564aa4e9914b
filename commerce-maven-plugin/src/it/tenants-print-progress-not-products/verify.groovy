def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] Running commerce:products over 12 tenants, 2 at a time, at most 32 requests in flight; each '
      + "tenant signs in with its own token, as the first does: client secret of app ${APP_ID} in tenant "
      + "tenant-00001.onmicrosoft.com (from settings.xml server 'commerce-it').")
  List<String> progress = lines.findAll { it ==~ /\[INFO\] \[ ?\d+\/12 tenants\] \d+ ok, \d+ failed/ }
  assert progress.size() >= 2: progress
  assert progress.last() == '[INFO] [12/12 tenants] 12 ok, 0 failed'
  assert progress.findAll { !it.startsWith('[INFO] [12/12') }.size() >= 1
  // The product tables are DEBUG: nothing per product per tenant at INFO.
  assert lines.findAll { it.startsWith('[INFO]') && it.contains('Power Apps per user') }.isEmpty()
  assert lines.findAll { it.startsWith('[INFO]') && it.contains('Signing in with') }.isEmpty()
  def report = new groovy.json.JsonSlurper().parse(file('target/commerce/products.json'))
  assert report.tenants.size() == 12
  report.tenants.each { tenant, entry ->
    assert entry.report.rows.findAll { it.value == 'Enabled' }*.id.sort() == enabledIn(tenant)
  }
}
