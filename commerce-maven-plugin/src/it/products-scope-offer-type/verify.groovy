def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert lineStartingWith('[INFO] Offer type ')
  assert lineStartingWith('[INFO] SaaS ').endsWith(' Disabled')
  assert lineStartingWith('[INFO] DYNAMICSBC ').endsWith(' Enabled')
  assertLine('[INFO] 4 offer types: 3 Enabled, 1 Disabled')
  assert !log.contains('CFQ7TTC0')
  assert admin.count('GET', PRODUCTS) == 1
}
