def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] CFQ7TTC0H9MP Power BI Pro: Enabled')
  // which credential signed in is visible at the default log level: its source, never its value
  assert lineStartingWith('[INFO] Signing in with client secret of app ' + ENCRYPTED_APP_ID + ' in tenant ')
      .endsWith("(from settings.xml server 'commerce-it-encrypted').")
  assert admin.journal().findAll { it.route() == TOKEN }*.clientId() == [ENCRYPTED_APP_ID]
  assert admin.journal().find { it.route() == TOKEN }.status() == 200
  assertNoText('[WARNING]')
  assertNoText(ENCRYPTED_APP_SECRET)
}
