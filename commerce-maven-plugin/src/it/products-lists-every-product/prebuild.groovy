def it = evaluate(new File(itRoot, 'common.groovy'))
def emulator = it.start()
emulator.admin().setProductValue(emulator.demo().tenantId(), 'CFQ7TTC0H9MP', 'Disabled')
true
