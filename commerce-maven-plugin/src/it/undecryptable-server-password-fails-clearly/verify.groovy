def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  String message = failureMessage()
  assert message.startsWith("Could not decrypt the password of the settings.xml server 'commerce-it-undecryptable' " +
      "(Failed to decrypt password for server commerce-it-undecryptable). ")
  assert message.endsWith('Check that settings-security.xml (~/.m2/settings-security.xml, or the file named by ' +
      '-Dsettings.security) holds the master password the value was encrypted with, or encrypt the password again ' +
      'with mvn --encrypt-password.')
  assert !(message =~ /[A-Z][A-Za-z]*Exception/): message
  assertNoStackTrace()
  assert admin.journal().isEmpty()
}
