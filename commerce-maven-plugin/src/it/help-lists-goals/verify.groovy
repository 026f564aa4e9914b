def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert lineStartingWith('This plugin has 11 goals:')
  ['apply', 'export', 'help', 'policies', 'policy', 'product', 'products', 'start-emulator', 'stop-emulator',
   'update-policy', 'verify-policy'].each { assertLine("commerce:${it}") }
}
