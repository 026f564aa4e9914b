package io.github.mscommerce.emulator.crypto;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * The subject alternative names of the emulator's server certificate, written as {@code DNS:name} or
 * {@code IP:address} (the OpenSSL notation). Addresses must be literals: checking a name here must never ask DNS.
 */
public final class CertificateNames {

  public static final List<String> LOOPBACK = List.of("IP:127.0.0.1", "DNS:localhost");

  private static final Pattern DNS = Pattern.compile("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
      + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
  private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private CertificateNames() {}

  /** @throws IllegalArgumentException naming the bad entry and the notation */
  public static void check(List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("The server certificate needs at least one name, e.g. DNS:localhost");
    }
    names.forEach(CertificateNames::generalName);
  }

  static GeneralNames generalNames(List<String> names) {
    return new GeneralNames(names.stream().map(CertificateNames::generalName).toArray(GeneralName[]::new));
  }

  /** The certificate's CN: its first DNS name, else its first address (clients that read SANs ignore the CN). */
  static String commonName(List<String> names) {
    String chosen = names.stream().filter(name -> name.regionMatches(true, 0, "DNS:", 0, 4)).findFirst()
        .orElse(names.get(0));
    return chosen.substring(chosen.indexOf(':') + 1);
  }

  private static GeneralName generalName(String name) {
    String value = name.substring(name.indexOf(':') + 1);
    String kind = name.contains(":") ? name.substring(0, name.indexOf(':')).toUpperCase(Locale.ROOT) : "";
    if (kind.equals("DNS") && DNS.matcher(value).matches()) {
      return new GeneralName(GeneralName.dNSName, value);
    }
    if (kind.equals("IP") && (IPV4.matcher(value).matches() || IPV6.matcher(value).matches())) {
      return new GeneralName(GeneralName.iPAddress, value);
    }
    throw new IllegalArgumentException("Certificate name '" + name + "' is neither DNS:<host name> nor "
        + "IP:<address literal>; write e.g. DNS:other.invalid or IP:127.0.0.1");
  }
}
