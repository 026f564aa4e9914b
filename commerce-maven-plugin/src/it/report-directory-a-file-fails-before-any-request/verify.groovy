def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  String reports = file('reports').absolutePath
  assert failureMessage() == "commerce.reportDirectory: the report directory cannot be written (${reports} is a " +
      'file where a directory is needed); nothing was sent. Choose a writable directory. See ' +
      'README.md#reports-and-restore-files.'
  assertNoStackTrace()
  assert admin.journal().isEmpty(): 'not even a sign-in before the report directory is checked'
  assert productValues().values().every { it == 'Enabled' }
}
