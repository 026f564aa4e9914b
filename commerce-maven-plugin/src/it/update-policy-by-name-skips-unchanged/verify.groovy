def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] CFQ7TTC0H6RP Power BI Premium (standalone): Enabled → Disabled')
  assertLine('[INFO] Applied: 1 changed, 1 unchanged, 0 failed, 0 not attempted.')
  String before = lineStartingWith('[INFO] The previous values are in target/commerce/before-')
  assert before ==~ /\[INFO\] The previous values are in target\/commerce\/before-update-policy-\d{8}T\d{6}Z\.json; apply that file to restore them\./
  assert admin.count('PUT', PRODUCT) == 1
  assert admin.productValue(tenant, 'CFQ7TTC0H6RP') == 'Disabled'
  assert admin.productValue(tenant, 'CFQ7TTC0H9MP') == 'Disabled'
  assert admin.productValue(tenant, 'CFQ7TTC0LH2H') == 'Enabled'
}
