def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assertLine('[INFO] CFQ7TTC0RM8K Teams Premium (Introductory Pricing): OnlyTrialsWithoutPaymentMethod')
  assertLine('[INFO] Wrote target/commerce/product.json, target/commerce/product.md')
  assert admin.count('GET', PRODUCT) == 1
  assert admin.count('GET', PRODUCTS) == 0
}
