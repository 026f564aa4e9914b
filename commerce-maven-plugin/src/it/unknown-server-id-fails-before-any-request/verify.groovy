def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert failureMessage() == "commerce.serverId: there is no <server> with the id 'no-such-server' in settings.xml. " +
      'Add one whose <username> is the application (client) id and whose <password> is the client secret ' +
      '(encrypted with mvn --encrypt-password), or correct commerce.serverId.'
  assertNoStackTrace()
  assert admin.journal().isEmpty()
}
