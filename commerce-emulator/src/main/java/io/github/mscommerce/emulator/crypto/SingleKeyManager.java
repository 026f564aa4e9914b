package io.github.mscommerce.emulator.crypto;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Serves one key and certificate. It replaces a KeyStore plus KeyManagerFactory, whose PKCS#12 key encryption alone
 * costs a noticeable share of the emulator's start-up time, for a key that never leaves memory anyway.
 */
final class SingleKeyManager extends X509ExtendedKeyManager {

  private static final String ALIAS = "commerce-emulator";

  private final PrivateKey key;
  private final X509Certificate certificate;

  SingleKeyManager(PrivateKey key, X509Certificate certificate) {
    this.key = key;
    this.certificate = certificate;
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return matches(keyType) ? new String[] {ALIAS} : null;
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return matches(keyType) ? ALIAS : null;
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return matches(keyType) ? ALIAS : null;
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return null; // the emulator never authenticates as a TLS client
  }

  @Override
  public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
    return null;
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return ALIAS.equals(alias) ? new X509Certificate[] {certificate} : null;
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return ALIAS.equals(alias) ? key : null;
  }

  private boolean matches(String keyType) {
    return key.getAlgorithm().equals(keyType);
  }
}
