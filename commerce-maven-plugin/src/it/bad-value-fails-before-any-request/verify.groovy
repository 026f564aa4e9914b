def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage() == 'commerce.value: \'Disable\' is not a policy value: use Enabled, Disabled or OnlyTrialsWithoutPaymentMethod (or true/false for Enabled/Disabled)'
  assertNoStackTrace()
  assert admin.journal().isEmpty()
}
