def it = evaluate(new File(itRoot, 'common.groovy'))
it.start(['commerce.tenantId': null])
List<String> tenants = it.generateTenants(3)
// Only tenant-00002 keeps its three Enabled products.
[tenants[0], tenants[2]].each { String tenant ->
  it.enabledIn(tenant).each { String product -> it.admin.setProductValue(tenant, product, 'Disabled') }
}
true
