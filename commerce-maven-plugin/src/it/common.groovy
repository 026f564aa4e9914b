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

  /** Runs the checks and the secret scan, then closes the emulator whatever happened. */
  boolean verify(Closure checks) {
    try {
      checks.delegate = this
      checks.resolveStrategy = Closure.DELEGATE_FIRST
      checks.call(this)
      assertNoSecrets()
      return true
    } finally {
      emulator?.close()
    }
  }

  /** Files of the IT itself, written by us, not by the build: what they hold is no leak. */
  static final Set<String> IT_FILES = ['pom.xml', 'invoker.properties', 'prebuild.groovy', 'verify.groovy',
                                       'maven.config', 'emulator.pem'] as Set

  /**
   * Every output of the build — build.log at whatever level it ran, and every file under the project (reports,
   * before-state and export files) — holds none of the canaries: the ITs' app secrets, the emulator's secrets and
   * password, every access and refresh token it issued; nor anything shaped like a JWT. Not blind: when the emulator
   * issued tokens, it must report them.
   */
  void assertNoSecrets() {
    Map<String, String> canaries = [(APP_SECRET): 'the commerce-it server secret',
                                    (ENCRYPTED_APP_SECRET): 'the encrypted server secret',
                                    (ENV_APP_SECRET): 'the environment secret', (CLI_APP_SECRET): 'the -D secret']
    CommerceEmulator running = emulator
    if (running != null) {
      def demo = running.demo()
      [demo.clientSecret(), demo.readOnlyClientSecret(), demo.noRoleClientSecret(), demo.userPassword()].eachWithIndex {
        String secret, int i -> canaries.put(secret, "demo secret #${i + 1}".toString())
      }
      List<String> issued = running.admin().issuedTokens()
      long answered = running.admin().journal().count { it.status() == 200 && it.grantType() != null }
      assert issued.size() >= answered: "the scan is blind: ${answered} tokens answered, ${issued.size()} known"
      issued.eachWithIndex { String token, int i -> canaries.put(token, "issued token #${i + 1}".toString()) }
    }
    List<File> outputs = []
    basedir.eachFileRecurse(groovy.io.FileType.FILES) { File f ->
      // settings files are inputs the prebuild hook wrote (with the servers' secrets, as a user's settings.xml has)
      if (!IT_FILES.contains(f.name) && !(f.name ==~ /.*settings.*\.xml/) && f.length() < 4 * 1024 * 1024) {
        outputs << f
      }
    }
    assert outputs.any { it.name == 'build.log' }: 'no build.log to scan'
    outputs.each { File f ->
      String text = f.getText('ISO-8859-1')
      canaries.each { String secret, String name ->
        assert !text.contains(secret): "${name} appears in ${f}"
      }
      assert !(text =~ /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}/): "a JWT appears in ${f}"
    }
  }

  /**
   * The forked Maven of this IT, found by its project directory on its command line (parallel ITs each have their own),
   * or null while it has not started.
   */
  ProcessHandle mavenProcess() {
    String project = basedir.absolutePath
    ProcessHandle.allProcesses().filter { ProcessHandle p ->
      String line = p.info().commandLine().orElse('')
      line.contains('org.codehaus.plexus.classworlds.launcher.Launcher') && line.contains(project)
    }.findFirst().orElse(null)
  }

  /**
   * From the prebuild hook: a daemon thread that, once {@code ready} holds for the emulator's journal, sends the IT's
   * Maven the signal (TERM or INT), as a CI runner stopping a job or a user pressing Ctrl-C does. Gives up after two
   * minutes; the verify hook then finds no signal line in the log.
   */
  void signalMavenWhen(String signal, Closure<Boolean> ready) {
    Thread.startDaemon('signal-maven') {
      long deadline = System.currentTimeMillis() + 120_000
      while (System.currentTimeMillis() < deadline) {
        ProcessHandle maven = mavenProcess()
        if (maven != null && ready.call(emulator.admin().journal())) {
          new File(basedir, 'signalled.txt').text = "${signal} ${maven.pid()}\n"
          if (signal == 'TERM') {
            maven.destroy()
          } else {
            new ProcessBuilder('kill', '-' + signal, String.valueOf(maven.pid())).inheritIO().start().waitFor()
          }
          return
        }
        Thread.sleep(20)
      }
    }
  }

  String getLog() {
    new File(basedir, 'build.log').getText('UTF-8')
  }

  /** The lines of build.log, without the colour resets Maven's console prints even in batch mode after a signal. */
  List<String> getLines() {
    log.readLines().collect { it.replaceAll('\u001B\\[[0-9;]*m', '') }
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

  /**
   * A run stopped by SIGTERM or Ctrl-C: the shutdown line; a line per changed item; each item in flight "sent, outcome
   * unknown"; the cancel summary and the report with those counts; no request after the signal (no read-back); the
   * before-state, holding every value as it was, on disk before the first PUT.
   */
  void assertInterruptedRun(String goal, List<String> changed, List<String> inFlight, int cancelled) {
    // The shutdown hook's own line ("The JVM is shutting down …") is not asserted: it races Maven's ANSI console
    // shutting down in another hook, which may drop it (the console's filter fails when two threads write). What the
    // contract promises is below, and it is written by the run itself after the cancel.
    changed.each { id ->
      assert lines.any { it ==~ /\[INFO\] ${id} .+: Enabled \S+ Disabled/ }: "no line for the change of ${id}"
    }
    // Lines written while the JVM shuts down may reach the console garbled (Maven's ANSI filter is shutting down in
    // another hook), so the cancel's lines are looked for inside lines, and each item's status is read from the report,
    // which the run writes after the cancel.
    assert lines.any { it.contains("[WARNING] Cancelled: ${cancelled} changes were not attempted; nothing more is sent.") }
    assert lines.any { it.contains("Cancelled: ${changed.size()} changed, 0 unchanged, 0 failed, 0 not attempted, "
        + "${cancelled} cancelled, ${inFlight.size()} sent with outcome unknown.") }
    String report = file("target/commerce/${goal}.json").text
    assert report.contains("\"changed\": ${changed.size()}") && report.contains("\"cancelled\": ${cancelled}")
    assert report.contains("\"unknown\": ${inFlight.size()}")
    def rows = new groovy.json.JsonSlurper().parseText(report).rows
    inFlight.each { id -> assert rows.find { it.id == id }?.result == 'unknown': "${id} is not 'unknown' in the report" }
    changed.each { id -> assert rows.find { it.id == id }?.result == 'changed': "${id} is not 'changed' in the report" }
    assert admin.count('PUT', PRODUCT) == changed.size() + inFlight.size(): 'nothing new was sent after the signal'
    assert admin.count('GET', PRODUCTS) == 1
    assert admin.count('GET', PRODUCT) == 0: 'nothing is read back after a cancel'
    File[] befores = file('target/commerce').listFiles({ File f -> f.name.startsWith("before-${goal}-") } as FileFilter)
    assert befores.length == 1
    def before = new groovy.json.JsonSlurper().parseText(befores[0].text)
    assert before.products.size() == 24 && before.products.values().every { it == 'Enabled' }
    long firstPut = admin.journal().find { it.method() == 'PUT' }.time().toEpochMilli()
    assert befores[0].lastModified() <= firstPut: 'the before-state was written before the first PUT'
    assertNoStackTrace()
  }

  File file(String path) {
    new File(basedir, path)
  }
}

new ItSupport(basedir as File, context as Map)
