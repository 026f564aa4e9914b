def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage() == "commerce.output: '../escaped-export.json' is not a file path inside the project: give " +
      "a relative path of plain names (letters, digits, '.', '_', '-'; no ..), such as desired-state.json."
  assertNoStackTrace()
  assert admin.journal().isEmpty()
  assert !new File(basedir.parentFile, 'escaped-export.json').exists()
}
