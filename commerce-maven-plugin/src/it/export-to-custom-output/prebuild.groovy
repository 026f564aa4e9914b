def it = evaluate(new File(itRoot, 'common.groovy'))
def emulator = it.start()
emulator.admin().setOfferTypeValue(it.tenant, 'SaaS', 'Disabled')
emulator.admin().setProductValue(it.tenant, 'CFQ7TTC0MM8R', 'Disabled')
true
