def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] would change CFQ7TTC0MM8R Microsoft 365 Copilot: Enabled → Disabled')
  assertLine('[INFO] unchanged    CFQ7TTC0H9MP Power BI Pro: Disabled')
  assertLine('[INFO] Dry run: 23 changes, 1 unchanged; nothing was sent.')
  assert admin.count('PUT', PRODUCT) == 0
  assert admin.journal().every { it.method() != 'PUT' }
  assert admin.productValue(tenant, 'CFQ7TTC0MM8R') == 'Enabled'
  assert !file('target/commerce').listFiles().any { it.name.startsWith('before-') }
}
