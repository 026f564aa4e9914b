import io.github.mscommerce.emulator.Fault
import java.time.Duration

def it = evaluate(new File(itRoot, 'common.groovy'))
def emulator = it.start()
List<String> products = new ArrayList<>(it.productValues().keySet())
// Applied at once, answered only after a minute: in flight when the signal comes.
[products[4], products[5]].each {
  emulator.admin().injectFault(Fault.on('PUT', "/v1.0/policies/*/products/${it}").thenSlow(Duration.ofMinutes(1)))
}
it.signalMavenWhen('INT') { journal -> journal.count { it.fault() == 'slow' } == 2 }
true
