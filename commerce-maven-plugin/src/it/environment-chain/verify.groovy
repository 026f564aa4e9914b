def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] Default value (what newly released products get): Enabled')
  def tokens = admin.journal().findAll { it.route() == TOKEN }
  assert tokens*.clientId() == [ENV_APP_ID] && tokens*.tenantId() == [tenant]
  assertNoText('[WARNING]')
  assertNoText(ENV_APP_SECRET)
}
