package io.github.mscommerce.core.reliability;

import static io.github.mscommerce.core.frontend.PropertyNames.*;

import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.auth.TestCertificates;
import io.github.mscommerce.core.auth.TestCertificates.Identity;
import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.TaskFailure.Kind;
import io.github.mscommerce.core.reliability.BadInputCorpusIT.Case;
import io.github.mscommerce.core.reliability.BadInputCorpusIT.Setup;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The cases of {@link BadInputCorpusIT}, by the kind of input. */
final class BadInputs {

  private static final Kind INVALID = Kind.INVALID_SETTINGS;
  private static final String OTHER_TENANT = "11111111-2222-3333-4444-555555555555";
  private static final String WRONG_PASSWORD = "corpus-certificate-password-5e1c";

  private BadInputs() {}

  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(settingValues());
    cases.addAll(selectors());
    cases.addAll(endpoints());
    cases.addAll(desiredStateFiles());
    cases.addAll(certificates());
    cases.addAll(federatedTokenFiles());
    cases.addAll(accessTokens());
    cases.addAll(idsAndSignIn());
    cases.addAll(reportLocations());
    cases.addAll(notErrors());
    return cases;
  }

  private static Case on(String goal, String name) {
    return new Case(goal, name);
  }

  private static List<Case> settingValues() {
    return List.of(
        on(Goals.PRODUCTS, "timeout not a number").set(TIMEOUT, "abc")
            .fails(INVALID, "commerce.timeout: 'abc' is not a whole number from 1 to 3600."),
        on(Goals.PRODUCTS, "timeout zero").set(TIMEOUT, "0").fails(INVALID, "commerce.timeout: '0'", "from 1 to 3600"),
        on(Goals.PRODUCTS, "timeout too long").set(TIMEOUT, "3601").fails(INVALID, "commerce.timeout: '3601'"),
        on(Goals.PRODUCTS, "timeout negative").set(TIMEOUT, "-5").fails(INVALID, "commerce.timeout: '-5'"),
        on(Goals.PRODUCTS, "timeout with a fraction").set(TIMEOUT, "1.5").fails(INVALID, "commerce.timeout: '1.5'"),
        on(Goals.PRODUCTS, "retries not a number").set(RETRIES, "x")
            .fails(INVALID, "commerce.retries: 'x' is not a whole number from 0 to 20."),
        on(Goals.PRODUCTS, "retries too many").set(RETRIES, "21").fails(INVALID, "commerce.retries: '21'"),
        on(Goals.PRODUCTS, "retries negative").set(RETRIES, "-1").fails(INVALID, "commerce.retries: '-1'"),
        on(Goals.UPDATE_POLICY, "concurrency zero").set(CONCURRENCY, "0").set(ALL, true).set(VALUE, "Disabled")
            .fails(INVALID, "commerce.concurrency: '0' is not a whole number from 1 to 64."),
        on(Goals.UPDATE_POLICY, "concurrency too high").set(CONCURRENCY, "65").set(ALL, true).set(VALUE, "Disabled")
            .fails(INVALID, "commerce.concurrency: '65'"),
        on(Goals.UPDATE_POLICY, "concurrency a word").set(CONCURRENCY, "eight").set(ALL, true)
            .set(VALUE, "Disabled").fails(INVALID, "commerce.concurrency: 'eight'"),
        on(Goals.UPDATE_POLICY, "dryRun not a boolean").set(DRY_RUN, "yes").set(ALL, true).set(VALUE, "Disabled")
            .fails(INVALID, "commerce.dryRun: 'yes' is not true or false."),
        on(Goals.UPDATE_POLICY, "all as a number").set(ALL, "1").set(VALUE, "Disabled")
            .fails(INVALID, "commerce.all: '1' is not true or false."),
        on(Goals.VERIFY_POLICY, "failOnViolation not a boolean").set(FAIL_ON_VIOLATION, "maybe")
            .fails(INVALID, "commerce.failOnViolation: 'maybe' is not true or false."),
        on(Goals.EXPORT, "includeOfferTypes not a boolean").set(INCLUDE_OFFER_TYPES, "nope")
            .fails(INVALID, "commerce.includeOfferTypes: 'nope' is not true or false."),
        on(Goals.UPDATE_POLICY, "enabled not a boolean").set(ENABLED, "on").set(ALL, true)
            .fails(INVALID, "commerce.enabled: 'on' is not true or false."),
        on(Goals.UPDATE_POLICY, "value misspelt").set(VALUE, "Enable").set(ALL, true)
            .fails(INVALID, "commerce.value: 'Enable' is not a policy value: use Enabled, Disabled or "
                + "OnlyTrialsWithoutPaymentMethod"),
        on(Goals.UPDATE_POLICY, "value two values").set(VALUE, "Disabled,Enabled").set(ALL, true)
            .fails(INVALID, "commerce.value: 'Disabled,Enabled' is not a policy value"),
        on(Goals.PRODUCTS, "apiVersion unknown").set(API_VERSION, "v2")
            .fails(INVALID, "commerce.apiVersion: 'v2' is not an API version of the service: use v1.0 (the default) "
                + "or v1"),
        on(Goals.PRODUCTS, "scope unknown").set(SCOPE, "bundle")
            .fails(INVALID, "commerce.scope: 'bundle' is not a scope: use product (the default) or OfferType."),
        on(Goals.PRODUCTS, "auth mode unknown").set(AUTH, "password")
            .fails(INVALID, "commerce.auth: 'password' is not a sign-in mode: use one of environment, client-secret"),
        on(Goals.PRODUCTS, "policyId with a space").set(POLICY_ID, "Allow Self")
            .fails(INVALID, "commerce.policyId: 'Allow Self' is not a valid policy id", "AllowSelfServicePurchase"),
        on(Goals.VERIFY_POLICY, "forbid misspelt").set(FORBID, "Enabld")
            .fails(INVALID, "commerce.forbid: 'Enabld' is not a policy value"),
        on(Goals.VERIFY_POLICY, "forbid with one bad value of two").set(FORBID, "Enabled,Bogus")
            .fails(INVALID, "commerce.forbid: 'Bogus' is not a policy value"),
        on(Goals.VERIFY_POLICY, "allow with no value but commas").set(ALLOW, " , ")
            .fails(INVALID, "commerce.allow: ", "needs at least one value to allow"));
  }

  private static List<Case> selectors() {
    return List.of(
        on(Goals.UPDATE_POLICY, "all with product ids").set(ALL, true).set(PRODUCT_IDS, "CFQ7TTC0LH2H")
            .set(VALUE, "Disabled").fails(INVALID, "commerce.all=true selects every product, so commerce.productIds "
                + "would add nothing"),
        on(Goals.VERIFY_POLICY, "all with name patterns").set(ALL, true).set(PRODUCT_NAMES, "Power BI*")
            .fails(INVALID, "commerce.all=true selects every product, so commerce.productNames would add nothing"),
        on(Goals.PRODUCT, "product id and offer type").set(PRODUCT_ID, "CFQ7TTC0LH2H").set(OFFER_TYPE, "SaaS")
            .fails(INVALID, "Name exactly one item: set commerce.productId", "commerce.offerType", "not both."),
        on(Goals.PRODUCT, "neither product id nor offer type")
            .fails(INVALID, "Name exactly one item: set commerce.productId (such as CFQ7TTC0LH2H) or "
                + "commerce.offerType (such as SaaS)."),
        on(Goals.UPDATE_POLICY, "value and enabled").set(VALUE, "Disabled").set(ENABLED, "false").set(ALL, true)
            .fails(INVALID, "Say which value to set: commerce.value", "commerce.enabled (true/false), not both."),
        on(Goals.UPDATE_POLICY, "no value").set(ALL, true).fails(INVALID, "Say which value to set: commerce.value"),
        on(Goals.UPDATE_POLICY, "nothing selected").set(VALUE, "Disabled")
            .fails(INVALID, "Select what to change: set commerce.productIds", "commerce.all=true."),
        on(Goals.APPLY, "no desired-state file, and no desired-state.json where relative paths start")
            .fails(INVALID, "commerce.desiredState: there is no file ", "desired-state.json. Check the path"),
        on(Goals.UPDATE_POLICY, "product id the tenant does not have").set(PRODUCT_IDS, "CFQ7TTC0MM8X")
            .set(VALUE, "Disabled").fails(INVALID, "commerce.productIds: No product 'CFQ7TTC0MM8X'",
                "Did you mean CFQ7TTC0MM8R,").after(2),
        on(Goals.UPDATE_POLICY, "product id Microsoft replaced").set(PRODUCT_IDS, "CFQ7TTC0KP0P")
            .set(VALUE, "Disabled").fails(INVALID, "commerce.productIds: CFQ7TTC0KP0P was replaced by CFQ7TTC0LH2H "
                + "(Power Apps per user) in 2023: use CFQ7TTC0LH2H.").after(2),
        on(Goals.VERIFY_POLICY, "name pattern that matches nothing").set(PRODUCT_NAMES, "Powr Point*")
            .fails(INVALID, "commerce.productNames: No product name matches 'Powr Point*'").after(2),
        on(Goals.UPDATE_POLICY, "offer type the tenant does not have").set(OFFER_TYPES, "SaaSS")
            .set(VALUE, "Disabled").fails(INVALID, "commerce.offerTypes: No offer type 'SaaSS'", "Did you mean SaaS?")
            .after(2),
        on(Goals.UPDATE_POLICY, "product id with a dash").set(PRODUCT_IDS, "CFQ7-TTC0").set(VALUE, "Disabled")
            .fails(INVALID, "commerce.productIds: 'CFQ7-TTC0' is not a valid product id: ids are letters and digits"),
        on(Goals.UPDATE_POLICY, "name pattern of wildcards only").set(PRODUCT_NAMES, "*").set(VALUE, "Disabled")
            .fails(INVALID, "commerce.productNames: '*' is not a useful product name pattern"),
        on(Goals.PRODUCT, "one product the service does not know").set(PRODUCT_ID, "CFQ7TTC0MM8X")
            .fails(Kind.SERVICE, "No product 'CFQ7TTC0MM8X'", "Did you mean CFQ7TTC0MM8R,", "(HTTP 404, errorCode "
                + "NotFound, correlation id ").after(3),
        on(Goals.UPDATE_POLICY, "offer type trials only").set(OFFER_TYPES, "SaaS")
            .set(VALUE, "OnlyTrialsWithoutPaymentMethod").fails(INVALID, "Offer type 'SaaS' cannot be "
                + "OnlyTrialsWithoutPaymentMethod: offer types take only Enabled or Disabled.").after(2).lines());
  }

  private static List<Case> endpoints() {
    return List.of(
        on(Goals.PRODUCTS, "endpoint plain http to another host").set(ENDPOINT, "http://licensing.example.com")
            .fails(INVALID, "commerce.endpoint: 'http://licensing.example.com' uses plain http to a host that is not "
                + "this machine", "Use https://licensing.example.com."),
        on(Goals.PRODUCTS, "endpoint with a path").set(ENDPOINT, "https://licensing.m365.microsoft.com/v1.0")
            .fails(INVALID, "commerce.endpoint: 'https://licensing.m365.microsoft.com/v1.0' has a path, query or "
                + "fragment; give only the host root, https://licensing.m365.microsoft.com"),
        on(Goals.PRODUCTS, "endpoint with a query").set(ENDPOINT, "https://licensing.m365.microsoft.com?x=1")
            .fails(INVALID, "commerce.endpoint: 'https://licensing.m365.microsoft.com?x=1' has a path, query"),
        on(Goals.PRODUCTS, "endpoint with a fragment").set(ENDPOINT, "https://licensing.m365.microsoft.com#top")
            .fails(INVALID, "commerce.endpoint: 'https://licensing.m365.microsoft.com#top' has a path, query"),
        on(Goals.PRODUCTS, "endpoint with user info").set(ENDPOINT,
            "https://admin:hunter2-corpus@licensing.m365.microsoft.com")
            .with(s -> s.secrets.plant("hunter2-corpus"))
            .fails(INVALID, "commerce.endpoint: 'https://licensing.m365.microsoft.com' has a user name (and maybe a "
                + "password) before its host"),
        on(Goals.PRODUCTS, "endpoint not a URL").set(ENDPOINT, "licensing m365")
            .fails(INVALID, "commerce.endpoint: 'licensing m365' is not a URL"),
        on(Goals.PRODUCTS, "endpoint another scheme").set(ENDPOINT, "ftp://licensing.m365.microsoft.com")
            .fails(INVALID, "commerce.endpoint: 'ftp://licensing.m365.microsoft.com' is not an https:// URL"),
        on(Goals.PRODUCTS, "endpoint host that does not resolve").set(ENDPOINT, "https://no-such-host.invalid")
            .fails(Kind.SERVICE, "Could not connect to no-such-host.invalid (the host name could not be resolved). "
                + "Check commerce.endpoint and the proxy settings.").after(1),
        on(Goals.PRODUCTS, "authority host plain http").set(AUTHORITY_HOST, "http://login.example.com")
            .fails(INVALID, "commerce.authorityHost: 'http://login.example.com' uses plain http to a host that is not "
                + "this machine"));
  }

  private static List<Case> desiredStateFiles() {
    return List.of(
        on(Goals.APPLY, "desired state missing").with(s -> s.settings.set(DESIRED_STATE,
            s.directory.resolve("missing.json").toAbsolutePath().toString()))
            .fails(INVALID, "commerce.desiredState: there is no file ", "missing.json. Check the path, and that the "
                + "file exists on the machine that reads it."),
        on(Goals.APPLY, "desired state missing, relative").set(DESIRED_STATE, "no-such-desired-state.json")
            .fails(INVALID, "commerce.desiredState: there is no file", "(a relative path starts in the working "
                + "directory "),
        on(Goals.APPLY, "desired state a directory").with(s -> s.settings.set(DESIRED_STATE, s.directory.toString()))
            .fails(INVALID, "commerce.desiredState: ", "is a directory. Give the path of the file itself"),
        on(Goals.APPLY, "desired state unreadable").with(s -> {
          Path file = s.file("locked.json", "{\"default\": \"Disabled\"}");
          // As the OS answers for a file without read permission (the tests may run as root, who reads anything).
          s.files = denying(file);
          s.settings.set(DESIRED_STATE, file.toString());
        }).fails(INVALID, "commerce.desiredState: ", "locked.json cannot be read: permission denied. Let the account "
            + "this runs as read it."),
        on(Goals.APPLY, "desired state empty").with(s -> s.settings.set(DESIRED_STATE,
            s.file("empty.json", "").toString())).fails(INVALID, "commerce.desiredState: ", "empty.json is empty."),
        on(Goals.APPLY, "desired state not UTF-8").with(s -> s.settings.set(DESIRED_STATE,
            s.file("latin1.json", "{\"default\": \"D\u00e9sactiv\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))
                .toString())).fails(INVALID, "latin1.json is not UTF-8 text (byte ", "Save it as UTF-8."),
        on(Goals.APPLY, "desired state of 50 MB").with(s -> {
          Path big = s.directory.resolve("huge.json");
          try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: costs no disk, and must not be read whole
          }
          s.settings.set(DESIRED_STATE, big.toString());
        }).fails(INVALID, "huge.json is larger than 8 MiB, more than such a file ever holds."),
        on(Goals.APPLY, "desired state not JSON").with(s -> s.settings.set(DESIRED_STATE,
            s.file("yaml.json", "default: Disabled\n").toString()))
            .fails(INVALID, "yaml.json:1:1: malformed JSON", "Write strict JSON such as"),
        on(Goals.APPLY, "desired state a JSON array").with(s -> s.settings.set(DESIRED_STATE,
            s.file("array.json", "[{\"default\": \"Disabled\"}]").toString()))
            .fails(INVALID, "array.json:1:1: the document is an array, not a JSON object"),
        on(Goals.APPLY, "desired state with a duplicate key").with(s -> s.settings.set(DESIRED_STATE,
            s.file("twice.json", "{\"default\": \"Disabled\", \"default\": \"Enabled\"}").toString()))
            .fails(INVALID, "twice.json:1:25: duplicate key \"default\" (first at 1:2): write each key once"),
        on(Goals.APPLY, "desired state nested 10,000 deep").with(s -> s.settings.set(DESIRED_STATE,
            s.file("deep.json", "{\"$schema\": " + "[".repeat(10_000) + "]".repeat(10_000) + ", \"default\": "
                + "\"Disabled\"}").toString())).fails(INVALID, "deep.json:", "malformed JSON"),
        on(Goals.APPLY, "desired state default a number").with(s -> s.settings.set(DESIRED_STATE,
            s.file("number.json", "{\"default\": 1}").toString()))
            .fails(INVALID, "number.json:1:13: the value of \"default\" is a number: write one of"),
        on(Goals.APPLY, "desired state products an array").with(s -> s.settings.set(DESIRED_STATE,
            s.file("list.json", "{\"products\": [\"CFQ7TTC0LH2H\"]}").toString()))
            .fails(INVALID, "list.json:1:14: \"products\" is an array: write an object of product id to value"),
        on(Goals.APPLY, "desired state value a boolean").with(s -> s.settings.set(DESIRED_STATE,
            s.file("boolean.json", "{\"products\": {\"CFQ7TTC0LH2H\": false}}").toString()))
            .fails(INVALID, "boolean.json:1:31: the value of product CFQ7TTC0LH2H is a boolean"),
        on(Goals.APPLY, "desired state unknown key").with(s -> s.settings.set(DESIRED_STATE,
            s.file("typo.json", "{\"defualt\": \"Disabled\"}").toString()))
            .fails(INVALID, "typo.json:1:2: unknown key \"defualt\"", "Did you mean \"default\"?"),
        on(Goals.APPLY, "desired state sets nothing").with(s -> s.settings.set(DESIRED_STATE,
            s.file("nothing.json", "{}").toString()))
            .fails(INVALID, "nothing.json:1:1: the document sets no value: add \"default\""),
        on(Goals.APPLY, "desired state with a product the tenant lacks").with(s -> s.settings.set(DESIRED_STATE,
            s.file("unknown.json", "{\"products\": {\"CFQ7TTC0ZZZZ\": \"Disabled\"}}").toString()))
            .fails(INVALID, "Nothing was applied: the plan has 1 invalid item.", "unknown.json:1:15: No product "
                + "'CFQ7TTC0ZZZZ'").after(2));
  }

  private static List<Case> certificates() {
    return List.of(
        on(Goals.PRODUCTS, "certificate with the wrong password").with(s -> {
          Identity identity = TestCertificates.rsa("corpus");
          Path file = TestCertificates.write(s.directory.resolve("encrypted.pem"),
              TestCertificates.encryptedPkcs8Pem(identity.privateKey(), "the-right-one-42".toCharArray()),
              TestCertificates.certificatePem(identity.certificate()));
          s.secrets.plant(WRONG_PASSWORD, "the-right-one-42");
          s.signInWith("certificate").set(CERTIFICATE_PATH, file.toString())
              .set(CERTIFICATE_PASSWORD, WRONG_PASSWORD);
        }).fails(INVALID, "encrypted.pem cannot be opened with the password given: check the certificate password"),
        on(Goals.PRODUCTS, "PKCS#12 with the wrong password").with(s -> {
          Identity identity = TestCertificates.rsa("corpus");
          Path file = TestCertificates.writePkcs12(s.directory.resolve("client.pfx"), "store-pass-99".toCharArray(),
              identity.privateKey(), identity.certificate());
          s.secrets.plant(WRONG_PASSWORD, "store-pass-99");
          s.signInWith("certificate").set(CERTIFICATE_PATH, file.toString())
              .set(CERTIFICATE_PASSWORD, WRONG_PASSWORD);
        }).fails(INVALID, "client.pfx cannot be opened with the password given"),
        on(Goals.PRODUCTS, "key and certificate that do not match").with(s -> {
          Path file = TestCertificates.write(s.directory.resolve("mismatch.pem"),
              TestCertificates.pkcs8Pem(TestCertificates.rsa("a").privateKey()),
              TestCertificates.certificatePem(TestCertificates.rsa("b").certificate()));
          s.signInWith("certificate").set(CERTIFICATE_PATH, file.toString());
        }).fails(INVALID, "mismatch.pem holds a private key that belongs to none of its 1 certificate(s)"),
        on(Goals.PRODUCTS, "an EC key").with(s -> {
          Identity identity = TestCertificates.ec("corpus");
          Path file = TestCertificates.write(s.directory.resolve("ec.pem"), TestCertificates.pkcs8Pem(
              identity.privateKey()), TestCertificates.certificatePem(identity.certificate()));
          s.signInWith("certificate").set(CERTIFICATE_PATH, file.toString());
        }).fails(INVALID, "ec.pem holds a EC key, but MSAL signs client assertions with RS256 only"),
        on(Goals.PRODUCTS, "an expired certificate").with(s -> {
          Identity identity = TestCertificates.expiredRsa("corpus");
          Path file = TestCertificates.write(s.directory.resolve("expired.pem"), TestCertificates.pkcs8Pem(
              identity.privateKey()), TestCertificates.certificatePem(identity.certificate()));
          s.signInWith("certificate").set(CERTIFICATE_PATH, file.toString());
        }).fails(INVALID, "expired.pem expired on ", "create a new certificate, upload it to the app registration"),
        on(Goals.PRODUCTS, "not a certificate").with(s -> s.signInWith("certificate").set(CERTIFICATE_PATH,
            s.file("notes.txt", "hello, this is not a certificate").toString()))
            .fails(INVALID, "notes.txt is neither PEM nor a readable PKCS#12 file"),
        on(Goals.PRODUCTS, "a certificate without its key").with(s -> {
          Path file = TestCertificates.write(s.directory.resolve("app.crt"),
              TestCertificates.certificatePem(TestCertificates.rsa("corpus").certificate()));
          s.signInWith("certificate").set(CERTIFICATE_PATH, file.toString());
        }).fails(INVALID, "app.crt holds no private key", "a .cer/.crt file usually holds only the certificate"));
  }

  private static List<Case> federatedTokenFiles() {
    return List.of(
        on(Goals.PRODUCTS, "federated token file missing").with(s -> s.signInWith("workload-identity")
            .set(FEDERATED_TOKEN_FILE, s.directory.resolve("token").toString()))
            .fails(INVALID, "commerce.federatedTokenFile: there is no file "),
        on(Goals.PRODUCTS, "federated token file empty").with(s -> s.signInWith("workload-identity")
            .set(FEDERATED_TOKEN_FILE, s.file("empty-token", "").toString()))
            .fails(INVALID, "commerce.federatedTokenFile: ", "empty-token is empty."),
        on(Goals.PRODUCTS, "federated token file emptied between the check and the sign-in").with(s -> {
          Path file = s.file("rotating-token", "an-assertion-the-platform-wrote");
          s.files = changingBetweenReads(file);
          s.signInWith("workload-identity").set(FEDERATED_TOKEN_FILE, file.toString());
        }).fails(INVALID, "commerce.federatedTokenFile: ", "rotating-token is empty. Check that the setting names the "
            + "right file, and that whatever writes it has finished."));
  }

  private static List<Case> accessTokens() {
    return List.of(
        on(Goals.PRODUCTS, "access token garbage").set(ACCESS_TOKEN, "not-a-token")
            .fails(Kind.SERVICE, "was refused: the access token was not accepted", "The supplied access token may have "
                + "expired: get a new one for the resource aeb86249-8ea3-49e2-900b-54cc8e308f85.").after(1),
        on(Goals.PRODUCTS, "access token expired").set(ACCESS_TOKEN, jwt("{\"exp\": 1600000000, \"tid\": \""
            + "7c5d2b8e-4f1a-4e3b-9d6c-0a1b2c3d4e5f\"}"))
            .fails(INVALID, "The access token from commerce.accessToken expired at 2020-09-13T12:26:40Z: get a new one"),
        on(Goals.PRODUCTS, "access token for another tenant").set(ACCESS_TOKEN, jwt("{\"exp\": 4102444800, \"tid\": \""
            + OTHER_TENANT + "\"}"))
            .fails(INVALID, "The access token from commerce.accessToken is for tenant " + OTHER_TENANT + ", but "
                + "commerce.tenantId is 7c5d2b8e-4f1a-4e3b-9d6c-0a1b2c3d4e5f"),
        on(Goals.PRODUCTS, "access token with a line break").set(ACCESS_TOKEN, "first-half\nsecond-half")
            .fails(INVALID, "The access token from commerce.accessToken contains spaces, line breaks"));
  }

  private static List<Case> idsAndSignIn() {
    return List.of(
        on(Goals.PRODUCTS, "tenant id neither GUID nor domain").set(TENANT_ID, "not a tenant!")
            .fails(INVALID, "commerce.tenantId: ", "'not a tenant!'"),
        on(Goals.PRODUCTS, "AZURE_TENANT_ID bad, from the environment").with(s -> environmentOnly(s)
            .env("AZURE_TENANT_ID", "not a tenant!"))
            .fails(INVALID, "AZURE_TENANT_ID: ", "'not a tenant!'"),
        on(Goals.PRODUCTS, "client id not a GUID").set(CLIENT_ID, "my-app")
            .fails(INVALID, "commerce.clientId: 'my-app' is not a client id"),
        on(Goals.PRODUCTS, "AZURE_CLIENT_ID bad, from the environment").with(s -> environmentOnly(s)
            .env("AZURE_CLIENT_ID", "my-app")).fails(INVALID, "AZURE_CLIENT_ID: 'my-app' is not a client id"),
        on(Goals.PRODUCTS, "no tenant anywhere").set(TENANT_ID, null)
            .fails(INVALID, "No tenant id: set commerce.tenantId or the environment variable AZURE_TENANT_ID."),
        on(Goals.PRODUCTS, "no credentials anywhere").set(TENANT_ID, null).set(CLIENT_ID, null)
            .set(CLIENT_SECRET, null).fails(INVALID, "No credentials in the environment: ",
                "Set AZURE_TENANT_ID, AZURE_CLIENT_ID and one of AZURE_CLIENT_SECRET"));
  }

  private static List<Case> reportLocations() {
    return List.of(
        on(Goals.UPDATE_POLICY, "report directory unwritable").set(ALL, true).set(VALUE, "Disabled")
            .with(s -> s.output.failPrepare(new AccessDeniedException("/read-only/commerce")))
            .fails(INVALID, "commerce.reportDirectory: the report directory cannot be written (permission denied for "
                + "/read-only/commerce); nothing was sent. Choose a writable directory."),
        on(Goals.EXPORT, "output outside the project").set(OUTPUT, "../outside.json")
            .fails(INVALID, "commerce.output: '../outside.json' is not a file path inside the project"),
        on(Goals.EXPORT, "output absolute with ..").set(OUTPUT, "/tmp/../etc/desired-state.json")
            .fails(INVALID, "commerce.output: '/tmp/../etc/desired-state.json' is not a file path inside"),
        on(Goals.EXPORT, "output unwritable").set(OUTPUT, "exports/state.json")
            .with(s -> s.output.failWrites(new AccessDeniedException("exports/state.json")))
            .fails(Kind.OUTPUT, "Could not write exports/state.json (permission denied for exports/state.json). Check "
                + "commerce.output and the disk. What the run did: Exported 24 products").after(2));
  }

  private static List<Case> notErrors() {
    return List.of(
        on(Goals.PRODUCTS, "blank timeout is unset").set(TIMEOUT, "  ").set(RETRIES, "").passes(2),
        // Every product is Enabled already: a real run that finds nothing to change.
        on(Goals.UPDATE_POLICY, "value and flags in any case").set(VALUE, "enabled").set(ALL, "TRUE")
            .set(DRY_RUN, "False").set(CONCURRENCY, " 4 ").passes(2),
        on(Goals.PRODUCTS, "scope, api version and sign-in mode in any case").set(SCOPE, "OFFERTYPE")
            .set(API_VERSION, "V1").set(AUTH, "Client-Secret").passes(2),
        on(Goals.UPDATE_POLICY, "product ids in lower case, dry run").set(PRODUCT_IDS, " cfq7ttc0h9mp ,")
            .set(VALUE, "ENABLED").set(DRY_RUN, "TRUE").passes(2),
        on(Goals.APPLY, "desired state with a UTF-8 byte-order mark").with(s -> s.settings.set(DESIRED_STATE,
            s.file("bom.json", "\uFEFF{\"default\": \"Enabled\"}").toString())).passes(2),
        on(Goals.VERIFY_POLICY, "blank rules are the default rule").set(FORBID, " ").set(ALLOW, "")
            .set(FAIL_ON_VIOLATION, "FALSE").passes(2));
  }

  /** Only the environment: no explicit tenant, client or secret, a complete AZURE_* set to break one variable of. */
  private static io.github.mscommerce.core.testing.MapRawSettings environmentOnly(Setup s) {
    return s.settings.set(TENANT_ID, null).set(CLIENT_ID, null).set(CLIENT_SECRET, null)
        .env("AZURE_TENANT_ID", s.emulator.demo().tenantId()).env("AZURE_CLIENT_ID", s.emulator.demo().clientId())
        .env("AZURE_CLIENT_SECRET", s.emulator.demo().clientSecret());
  }

  /** An unsigned JWT with these claims: enough for the checks that read it before any request. */
  private static String jwt(String claims) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".x";
  }

  /** The working directory's files, except that {@code locked} cannot be read. */
  private static PathResolver denying(Path locked) {
    PathResolver local = LocalPaths.workingDirectory();
    return new Delegating(local) {
      @Override
      public byte[] read(String path, long maxBytes) throws IOException {
        if (local.describe(path).equals(locked.toAbsolutePath().normalize().toString())) {
          throw new AccessDeniedException(locked.toString());
        }
        return local.read(path, maxBytes);
      }
    };
  }

  /** {@code file} as a platform that rotates it sees it: there at the first read, emptied before the second. */
  private static PathResolver changingBetweenReads(Path file) {
    PathResolver local = LocalPaths.workingDirectory();
    AtomicInteger reads = new AtomicInteger();
    return new Delegating(local) {
      @Override
      public byte[] read(String path, long maxBytes) throws IOException {
        byte[] bytes = local.read(path, maxBytes);
        return reads.incrementAndGet() == 1 ? bytes : new byte[0];
      }
    };
  }

  private abstract static class Delegating implements PathResolver {
    private final PathResolver delegate;

    Delegating(PathResolver delegate) {
      this.delegate = delegate;
    }

    @Override
    public String describe(String path) {
      return delegate.describe(path);
    }

    @Override
    public String base() {
      return delegate.base();
    }
  }
}
