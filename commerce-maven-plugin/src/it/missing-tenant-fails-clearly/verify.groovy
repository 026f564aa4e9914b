def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage() == 'No tenant id: set commerce.tenantId or the environment variable AZURE_TENANT_ID.'
  assertNoStackTrace()
  assert admin.journal().isEmpty()
}
