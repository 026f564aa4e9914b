def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert lineStartingWith('[INFO] AllowSelfServicePurchase: ')
  assertLine('[INFO] Default value (what newly released products get): Enabled')
  assertLine('[INFO] Wrote target/commerce/policy.json, target/commerce/policy.md')
  assert admin.count('GET', '/v1.0/policies/{policyId}') == 1
  // signed in with the settings.xml server 'commerce-it' of src/it/settings.xml
  assert admin.journal().findAll { it.route() == TOKEN }*.clientId() == [APP_ID]
}
