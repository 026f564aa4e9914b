def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] CFQ7TTC0H9MP Power BI Pro: Enabled')
  assert admin.journal().findAll { it.route() == TOKEN }*.clientId() == [ENCRYPTED_APP_ID]
  assert admin.journal().find { it.route() == TOKEN }.status() == 200
  assertNoText('[WARNING]')
  assertNoText(ENCRYPTED_APP_SECRET)
}
