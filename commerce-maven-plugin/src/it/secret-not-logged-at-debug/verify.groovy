def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  def tokens = admin.journal().findAll { it.route() == TOKEN }
  assert tokens*.clientId() == [CLI_APP_ID, ENCRYPTED_APP_ID] && tokens*.status() == [200, 200]
  assert lines.count('[INFO] 24 products: 24 Enabled') == 2
  assert lineStartingWith('[WARNING] commerce.clientSecret comes from the command line, ')
  // debug logging was on, MSAL4J's included (it is switched off only below -X)
  assert log.contains('[INFO] Signing in with client secret of app ' + CLI_APP_ID)
  assert log.contains('[INFO] Signing in with client secret of app ' + ENCRYPTED_APP_ID)
  assert lines.count { it ==~ /\[DEBUG\] \[Correlation ID: [0-9a-f-]+\] Access Token was returned/ } == 2
  assertNoText(CLI_APP_SECRET)
  assertNoText(ENCRYPTED_APP_SECRET)
  assert !(log =~ /eyJ[A-Za-z0-9_-]+\.eyJ/): 'build.log holds a JWT'
}
