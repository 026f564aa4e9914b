def it = evaluate(new File(itRoot, 'common.groovy'))
it.verify {
  assert file('signalled.txt').text.startsWith('INT ')
  List<String> products = new ArrayList<>(productValues().keySet())
  assertInterruptedRun('apply', products[0..3], products[4..5], 18)
}
