def it = evaluate(new File(itRoot, 'common.groovy'))
it.start(['commerce.tenantId': null, 'commerce.tenants': (1..4).collect { "tenant-0000${it}.onmicrosoft.com" }.join(',')])
it.generateTenants(4)
it.admin.unregisterApp('tenant-00002.onmicrosoft.com', it.APP_ID)
it.admin.revokeAppRoles('tenant-00003.onmicrosoft.com', it.APP_ID)
true
