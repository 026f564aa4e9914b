def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] Product id    Name                                              Value')
  assertLine('[INFO] CFQ7TTC0H9MP  Power BI Pro                                      Disabled')
  assertLine('[INFO] CFQ7TTC0MM8R  Microsoft 365 Copilot                             Enabled')
  assertLine('[INFO] 24 products: 23 Enabled, 1 Disabled')
  assertLine('[INFO] Wrote target/commerce/products.json, target/commerce/products.md')
  assert !log.contains('SaaS')
  def json = new groovy.json.JsonSlurper().parse(file('target/commerce/products.json'))
  assert json.toString().contains('CFQ7TTC0H9MP')
  assert admin.count('GET', PRODUCTS) == 1
  // MSAL4J's INFO lines are switched off unless Maven runs with -X
  assertNoText('Correlation Id is not same')
  assertNoText('[DEBUG]')
}
