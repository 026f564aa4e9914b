def it = evaluate(new File(itRoot, 'common.groovy'))
def emulator = it.start(['commerce.serverId': null, 'commerce.tenantId': null])
assert emulator.demo().tenantId() == '7c5d2b8e-4f1a-4e3b-9d6c-0a1b2c3d4e5f': 'the demo tenant id changed: update invoker.properties'
true
