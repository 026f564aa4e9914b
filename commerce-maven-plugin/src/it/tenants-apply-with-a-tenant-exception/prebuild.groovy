def it = evaluate(new File(itRoot, 'common.groovy'))
it.start(['commerce.tenantId': null])
it.generateTenants(3)
true
