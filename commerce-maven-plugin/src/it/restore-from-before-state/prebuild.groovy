def it = evaluate(new File(itRoot, 'common.groovy'))
def emulator = it.start()
emulator.admin().setProductValue(it.tenant, 'CFQ7TTC0H9MP', 'Disabled')
emulator.admin().setProductValue(it.tenant, 'CFQ7TTC0LH2H', 'OnlyTrialsWithoutPaymentMethod')
it.context.put('before', it.productValues())
true
