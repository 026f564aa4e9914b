def it = evaluate(new File(itRoot, 'common.groovy'))
def emulator = it.start()
it.setAllProducts('Disabled')
emulator.admin().setProductValue(it.tenant, 'CFQ7TTC0MM8R', 'Enabled')
true
