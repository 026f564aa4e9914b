def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage() == "commerce.desiredState: cannot read the file '${basedir.absolutePath}/no-such-state.json'. Check the path and that it is readable."
  assertNoStackTrace()
  assert admin.journal().isEmpty()
}
