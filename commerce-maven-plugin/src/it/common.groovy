// Shared by every IT's hooks, which load it with:  def it = evaluate(new File(itRoot, 'common.groovy'))
// (itRoot is an invoker script variable; basedir and context come from the invoker's binding).
//
// prebuild.groovy: it.start() starts the emulator in the invoker's JVM, registers the ITs' apps with their FIXED
// secrets (named by src/it/settings.xml and invoker.properties), and writes .mvn/maven.config so that the forked build
// finds the emulator on its ephemeral port. verify.groovy: it.verify { ... } runs the checks, then always closes it.
import io.github.mscommerce.emulator.AppRegistration
import io.github.mscommerce.emulator.CommerceEmulator
import io.github.mscommerce.emulator.GeneratedTenants

class ItSupport {
  /** The app of the settings.xml server 'commerce-it' (plain password), used by most ITs. */
  static final String APP_ID = '5a1f0c3e-9d2b-4c7a-8e6f-1b2c3d4e5f60'
  static final String APP_SECRET = 'it-server-secret-9c2d5a'
  /** The app of the settings.xml server 'commerce-it-encrypted' (password encrypted with settings-security.xml). */
  static final String ENCRYPTED_APP_ID = '6b2e1d4f-0a3c-4d8b-9f70-2c3d4e5f6071'
  static final String ENCRYPTED_APP_SECRET = 'it-encrypted-secret-4b7e1f'
  /** The app the environment-chain IT names in AZURE_CLIENT_ID / AZURE_CLIENT_SECRET (invoker.properties). */
  static final String ENV_APP_ID = '7c3f2e50-1b4d-4e9c-a081-3d4e5f607182'
  static final String ENV_APP_SECRET = 'it-environment-secret-7d3e2a'
  /** The app whose secret secret-not-logged-at-debug passes on the command line. */
  static final String CLI_APP_ID = '8d403f61-2c5e-4fad-b192-4e5f60718293'
  static final String CLI_APP_SECRET = 'it-command-line-secret-1f8b6c'

  static final String PRODUCTS = '/v1.0/policies/{policyId}/products'
  static final String PRODUCT = '/v1.0/policies/{policyId}/products/{productId}'
  static final String OFFER_TYPE = '/v1.0/policies/{policyId}/offerTypes/{offerType}'
  static final String TOKEN = '/{tenant}/oauth2/v2.0/token'

  final File basedir
  final Map context

  ItSupport(File basedir, Map context) {
    this.basedir = basedir
    this.context = context
  }

  /**
   * Starts the emulator and points the forked build at it. {@code properties} adds to or (with a null value) removes
   * from the -D options written to .mvn/maven.config.
   */
  CommerceEmulator start(Map properties = [:]) {
    CommerceEmulator emulator = CommerceEmulator.start()
    context.put('emulator', emulator)
    String tenant = emulator.demo().tenantId()
    [(APP_ID): APP_SECRET, (ENCRYPTED_APP_ID): ENCRYPTED_APP_SECRET, (ENV_APP_ID): ENV_APP_SECRET,
     (CLI_APP_ID): CLI_APP_SECRET].each { id, secret ->
      emulator.admin().registerApp(tenant, AppRegistration.builder(id).secret(secret)
          .role(AppRegistration.ROLE_READ_WRITE).build())
    }
    String pem = emulator.writeCertificatePem(new File(basedir, 'emulator.pem').toPath()).toAbsolutePath().toString()
    Map options = ['commerce.endpoint'        : emulator.baseUrl().toString(),
                   'commerce.authorityHost'   : emulator.baseUrl().toString(),
                   'commerce.trustCertificate': pem,
                   'commerce.tenantId'        : tenant,
                   'commerce.serverId'        : 'commerce-it'] + properties
    writeMavenConfig(options.findAll { it.value != null }.collect { "-D${it.key}=${it.value}" })
    emulator
  }

  /** For ITs without a pre-started emulator: an empty .mvn keeps Maven from using one found further up. */
  void isolate() {
    writeMavenConfig([])
  }

  private void writeMavenConfig(List<String> options) {
    File mvn = new File(basedir, '.mvn')
    mvn.mkdirs()
    new File(mvn, 'maven.config').text = options.join('\n') + '\n'
  }

  CommerceEmulator getEmulator() {
    context.get('emulator') as CommerceEmulator
  }

  def getAdmin() {
    emulator.admin()
  }

  String getTenant() {
    emulator.demo().tenantId()
  }

  /**
   * Adds {@code count} generated tenants (tenant-00001.onmicrosoft.com …, three products Enabled in each, chosen by the
   * emulator's seed) and consents the app of the settings.xml server 'commerce-it' in each, as a multi-tenant app is.
   * Returns their domains.
   */
  List<String> generateTenants(int count) {
    admin.generateTenants(GeneratedTenants.of(count))
    (1..count).collect { int n ->
      String domain = GeneratedTenants.domain(n)
      admin.registerApp(domain, AppRegistration.builder(APP_ID).secret(APP_SECRET)
          .role(AppRegistration.ROLE_READ_WRITE).build())
      domain
    }
  }

  /** The products Enabled in a tenant (id or domain), sorted. */
  List<String> enabledIn(String tenant) {
    admin.tenant(tenant).productsWithValue('Enabled').sort(false)
  }

  /** Every product's value in the demo tenant, in catalogue order. */
  Map<String, String> productValues() {
    def state = new groovy.json.JsonSlurper().parseText(admin.dumpState())
    new LinkedHashMap<String, String>(state.tenants.find { it.tenantId == tenant }.productValues as Map)
  }

  void setAllProducts(String value) {
    productValues().keySet().each { admin.setProductValue(tenant, it, value) }
  }

  /** Runs the checks, then closes the emulator whatever happened. */
  boolean verify(Closure checks) {
    try {
      checks.delegate = this
      checks.resolveStrategy = Closure.DELEGATE_FIRST
      checks.call(this)
      return true
    } finally {
      emulator?.close()
    }
  }

  String getLog() {
    new File(basedir, 'build.log').getText('UTF-8')
  }

  List<String> getLines() {
    log.readLines()
  }

  /** An exact line of build.log, so a changed message fails the IT. */
  void assertLine(String expected) {
    assert lines.contains(expected): "build.log has no line\n  ${expected}\nLines with [INFO]/[WARNING]/[ERROR]:\n" +
        lines.findAll { it.startsWith('[INFO]') || it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }.join('\n')
  }

  /** The one line that starts with {@code prefix}; for lines that hold a port, a time or a path. */
  String lineStartingWith(String prefix) {
    List<String> found = lines.findAll { it.startsWith(prefix) }
    assert found.size() == 1: "expected one line starting with '${prefix}', found ${found}"
    found[0]
  }

  void assertNoText(String text) {
    assert !log.contains(text): "build.log must not contain '${text}'"
  }

  /** A user mistake is one paragraph: no stack frames, no exception class dump, no MSAL noise. */
  void assertNoStackTrace() {
    assert !log.contains('\tat '): 'build.log holds a stack trace'
    assert !(log =~ /(?m)^(\[ERROR\] )?[a-z][\w.]*\.[A-Z]\w*(Exception|Error):/): 'build.log holds an exception dump'
    assertNoText('Correlation Id is not same')
  }

  /** The first line of the message in "[ERROR] Failed to execute goal … on project x: <message> -> [Help 1]". */
  String failureMessage() {
    String line = lineStartingWith('[ERROR] Failed to execute goal ')
    String message = line.substring(line.indexOf(': ', line.indexOf(' on project ')) + 2)
    message.endsWith(' -> [Help 1]') ? message[0..<-' -> [Help 1]'.length()] : message
  }

  File file(String path) {
    new File(basedir, path)
  }
}

new ItSupport(basedir as File, context as Map)
