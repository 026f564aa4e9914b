def it = evaluate(new File(itRoot, 'common.groovy'))
def emulator = it.start()
emulator.admin().setOfferTypeValue(emulator.demo().tenantId(), 'SaaS', 'Disabled')
true
