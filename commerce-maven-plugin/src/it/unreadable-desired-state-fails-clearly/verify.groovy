def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage() == "commerce.desiredState: the file 'no-such-state.json' (${basedir.absolutePath}/no-such-state.json) does not exist: check the path (relative paths start in the project directory ${basedir.absolutePath})."
  assertNoStackTrace()
  assert admin.journal().isEmpty()
}
