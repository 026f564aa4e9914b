def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] Policy                    Default  Description')
  assert lineStartingWith('[INFO] AllowSelfServicePurchase  Enabled  ')
  assertLine('[INFO] Wrote policies.json, policies.md')
  assert file('policies.json').text.contains('"AllowSelfServicePurchase"')
  assert file('policies.md').exists()
  assert !file('target').exists()
  assert admin.count('GET', '/v1.0/policies') == 1
  assertNoText('[WARNING]')
}
