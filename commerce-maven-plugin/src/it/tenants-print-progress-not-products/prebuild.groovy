import io.github.mscommerce.emulator.Fault
import java.time.Duration

def it = evaluate(new File(itRoot, 'common.groovy'))
def emulator = it.start(['commerce.tenantId': null,
                         'commerce.tenants': (1..12).collect { String.format('tenant-%05d.onmicrosoft.com', it) }.join(',')])
it.generateTenants(12)
// Six rounds of two tenants, each a token and a listing: at least 3.6 s, so a progress line must come before the end.
emulator.admin().injectFault(Fault.on(null, '/**').withLatency(Duration.ofMillis(300)))
true
