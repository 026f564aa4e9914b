def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage() ==~ /No product 'CFQ7TTC0H9MQ' in this tenant's AllowSelfServicePurchase policy\. Did you mean CFQ7TTC0H9MP, CFQ7TTC0H6RP, CFQ7TTC0HD32\? See README\.md#not-found-404\. \(HTTP 404, errorCode NotFound, correlation id [0-9a-f-]{36}\)/
  assertNoStackTrace()
  def lookup = admin.journal().find { it.route() == PRODUCT }
  assert lookup.status() == 404
  // the correlation id in the message is the one the service saw, for a support request
  assert failureMessage().endsWith("correlation id ${lookup.correlationId()})")
}
