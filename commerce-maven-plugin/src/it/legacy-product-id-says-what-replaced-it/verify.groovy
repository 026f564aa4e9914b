def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage().startsWith('CFQ7TTC0KP0P was replaced by CFQ7TTC0LH2H (Power Apps per user) in 2023: use CFQ7TTC0LH2H. See README.md#not-found-404. (HTTP 404')
  assertNoStackTrace()
}
