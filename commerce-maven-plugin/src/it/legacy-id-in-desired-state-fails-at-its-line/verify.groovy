def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage().contains("${basedir.absolutePath}/desired-state.json:4:5: CFQ7TTC0KP0P was replaced by CFQ7TTC0LH2H (Power Apps per user) in 2023: use CFQ7TTC0LH2H.")
  assert failureMessage().startsWith('Nothing was applied: the plan has 1 invalid item.')
  assertNoStackTrace()
  assert admin.count('PUT', PRODUCT) == 0
}
