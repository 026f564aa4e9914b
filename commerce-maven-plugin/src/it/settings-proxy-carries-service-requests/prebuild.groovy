def it = evaluate(new File(itRoot, 'common.groovy'))
// The service endpoint is a name that never resolves (RFC 2606), so without the proxy nothing could leave this machine;
// with it, the proxy sees the CONNECT. Tokens still come from the emulator, on loopback, which bypasses the proxy.
it.start(['commerce.endpoint': 'https://commerce.invalid', 'commerce.retries': '0'])

// A "proxy" on loopback that records the first line of each request and hangs up.
def server = new ServerSocket(0, 50, InetAddress.getByName('127.0.0.1'))
def requests = Collections.synchronizedList([])
Thread.startDaemon('recording-proxy') {
  while (!server.closed) {
    try {
      server.accept().withCloseable { socket ->
        requests << new BufferedReader(new InputStreamReader(socket.inputStream, 'US-ASCII')).readLine()
      }
    } catch (IOException ignored) {
      // closed by verify.groovy
    }
  }
}
context.put('proxyServer', server)
context.put('proxyRequests', requests)
new File(basedir, 'proxy-settings.xml').text = new File(itRoot, 'settings.xml').text.replace('</settings>', """\
  <proxies>
    <proxy>
      <id>corporate</id>
      <active>true</active>
      <protocol>https</protocol>
      <host>127.0.0.1</host>
      <port>${server.localPort}</port>
      <nonProxyHosts>*.internal.example</nonProxyHosts>
    </proxy>
  </proxies>
</settings>""")
true
