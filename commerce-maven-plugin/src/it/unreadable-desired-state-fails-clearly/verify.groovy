def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage() == "commerce.desiredState: there is no file ${basedir.absolutePath}/no-such-state.json. Check the path (a relative path starts in the project directory ${basedir.absolutePath}), and that the file exists on the machine that reads it."
  assertNoStackTrace()
  assert admin.journal().isEmpty()
}
