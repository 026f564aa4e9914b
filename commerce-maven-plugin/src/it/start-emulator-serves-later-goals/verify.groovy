def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  String started = lineStartingWith('[INFO] Emulator running at https://127.0.0.1:')
  String url = (started =~ /(https:\/\/127\.0\.0\.1:\d+)/)[0][1]
  assert started.contains(file('target/commerce-emulator.pem').absolutePath)
  assert file('target/commerce-emulator.pem').text.startsWith('-----BEGIN CERTIFICATE-----')
  assert lineStartingWith('[INFO] Applied: 24 changed, 0 unchanged')
  assertLine('[INFO] Policy gate passed: 0 violations in 24 products checked against 1 rule.')
  assert lineStartingWith('[INFO]      [echo] other plugins see commerce.endpoint=' + url + ' commerce.tenantId=')
  assertLine("[INFO] Stopped the emulator at ${url}.")
}
