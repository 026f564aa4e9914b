def it = evaluate(new File(itRoot, 'common.groovy'))
try {
  it.verify {
    // the service request went to the proxy (the JDK client retries a dropped GET once by itself)...
    def requests = context.get('proxyRequests')
    assert !requests.isEmpty() && requests.every { it == 'CONNECT commerce.invalid:443 HTTP/1.1' }
    // ...the token request to the emulator on loopback did not
    assert admin.journal().findAll { it.route() == TOKEN }*.status() == [200]
    assert failureMessage().startsWith('Reading the product policies failed after 1 attempt; the last one got a '
        + 'lost response: the connection dropped before the answer was complete')
    assertNoStackTrace()
  }
} finally {
  context.get('proxyServer').close()
}
