package io.github.mscommerce.emulator.admin;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.EmulatorAdmin;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.GeneratedTenants;
import io.github.mscommerce.emulator.JournalEntry;
import io.github.mscommerce.emulator.RandomFaults;
import io.github.mscommerce.emulator.TenantInfo;
import io.github.mscommerce.emulator.UserAccount;
import io.github.mscommerce.emulator.entra.AssertionReplay;
import io.github.mscommerce.emulator.faults.FaultRegistry;
import io.github.mscommerce.emulator.journal.Journal;
import io.github.mscommerce.emulator.state.Directory;
import io.github.mscommerce.emulator.state.EmulatorState;
import io.github.mscommerce.emulator.state.OfferType;
import io.github.mscommerce.emulator.state.PolicyValues;
import io.github.mscommerce.emulator.state.Product;
import io.github.mscommerce.emulator.state.RegistrationRules;
import io.github.mscommerce.emulator.state.StateParser;
import io.github.mscommerce.emulator.state.StateWriter;
import io.github.mscommerce.emulator.state.Tenant;
import io.github.mscommerce.emulator.tokens.DeviceCodes;
import io.github.mscommerce.emulator.tokens.FederationIssuer;
import io.github.mscommerce.emulator.tokens.RefreshTokens;
import io.github.mscommerce.emulator.tokens.TokenLedger;
import io.github.mscommerce.emulator.tokens.TokenLifetime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The admin operations, in process. The HTTP admin API calls the same object. */
public final class InProcessAdmin implements EmulatorAdmin {

  private final EmulatorState state;
  private final FaultRegistry faults;
  private final Journal journal;
  private final Tokens tokens;

  /** The token-related stores an admin resets or adjusts. */
  public record Tokens(TokenLifetime lifetime, TokenLedger ledger, RefreshTokens refreshTokens,
                       DeviceCodes deviceCodes, AssertionReplay replay, FederationIssuer federation) {}

  public InProcessAdmin(EmulatorState state, FaultRegistry faults, Journal journal, Tokens tokens) {
    this.state = state;
    this.faults = faults;
    this.journal = journal;
    this.tokens = tokens;
  }

  @Override
  public void reset() {
    faults.clear();
    state.reset();
    tokens.ledger().forgetAll();
    tokens.refreshTokens().clear();
    tokens.deviceCodes().clear();
    tokens.replay().clear();
    tokens.lifetime().reset();
    journal.clear();
  }

  @Override
  public void loadState(String json) {
    Objects.requireNonNull(json, "json");
    state.load(new StateParser(state.catalogue()).parse(json, "State JSON"));
    faults.clear();
    journal.clear();
  }

  @Override
  public String dumpState() {
    return StateWriter.write(state.directory(), state.catalogue());
  }

  @Override
  public void releaseProduct(String productId, String productName) {
    RegistrationRules.checkProduct("releaseProduct", productId, productName);
    state.catalogue().release(new Product(productId, productName));
  }

  @Override
  public String productValue(String tenantId, String productId) {
    return findTenant(tenantId).productValue(product(productId).productId());
  }

  @Override
  public void setProductValue(String tenantId, String productId, String value) {
    Tenant tenant = findTenant(tenantId);
    Product product = product(productId);
    PolicyValues.problemForProduct(value).ifPresent(problem -> {
      throw new IllegalArgumentException("setProductValue(" + productId + "): " + problem);
    });
    tenant.setProductValue(product.productId(), value);
  }

  @Override
  public String offerTypeValue(String tenantId, String offerType) {
    return findTenant(tenantId).offerTypeValue(offerType(offerType).id());
  }

  @Override
  public void setOfferTypeValue(String tenantId, String offerType, String value) {
    Tenant tenant = findTenant(tenantId);
    OfferType type = offerType(offerType);
    PolicyValues.problemForOfferType(value).ifPresent(problem -> {
      throw new IllegalArgumentException("setOfferTypeValue(" + offerType + "): " + problem);
    });
    tenant.setOfferTypeValue(type.id(), value);
  }

  @Override
  public void registerApp(String tenantId, AppRegistration app) {
    Objects.requireNonNull(app, "app");
    Tenant tenant = findTenant(tenantId);
    RegistrationRules.checkApp("registerApp(" + app.clientId() + ")", app);
    tenant.addApp(app);
  }

  @Override
  public void unregisterApp(String tenant, String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    Tenant found = findTenant(tenant);
    if (!found.removeApp(clientId)) {
      throw unknownApp(found, clientId);
    }
  }

  @Override
  public void revokeAppRoles(String tenant, String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    Tenant found = findTenant(tenant);
    if (!found.revokeAppRoles(clientId)) {
      throw unknownApp(found, clientId);
    }
  }

  @Override
  public void generateTenants(GeneratedTenants tenants) {
    state.generate(Objects.requireNonNull(tenants, "tenants"));
  }

  @Override
  public List<TenantInfo> tenants() {
    return state.directory().tenants().stream().map(this::info).toList();
  }

  @Override
  public TenantInfo tenant(String tenant) {
    return info(findTenant(tenant));
  }

  @Override
  public void registerUser(String tenantId, UserAccount user) {
    Objects.requireNonNull(user, "user");
    Tenant tenant = findTenant(tenantId);
    RegistrationRules.checkUser("registerUser(" + user.username() + ")", user);
    state.directory().addUser(tenant, user);
  }

  /** A fault for a tenant named by its domain is stored with the tenant's id, which is what requests are matched by. */
  @Override
  public void injectFault(Fault fault) {
    Objects.requireNonNull(fault, "fault");
    Fault byId = fault.tenantId() == null ? fault : state.directory().tenant(fault.tenantId())
        .map(found -> fault.forTenant(found.tenantId())).orElse(fault);
    faults.install(byId);
  }

  @Override
  public void injectRandomFaults(RandomFaults random) {
    Objects.requireNonNull(random, "faults");
    RandomFaults byId = random.tenantId() == null ? random : state.directory().tenant(random.tenantId())
        .map(found -> random.forTenant(found.tenantId())).orElse(random);
    faults.installRandom(byId);
  }

  @Override
  public void startRandomFaultRun(long run) {
    faults.startRandomRun(run);
  }

  /** The random faults installed now, if any. */
  public Optional<RandomFaults> randomFaults() {
    return faults.randomFaults();
  }

  @Override
  public void clearFaults() {
    faults.clear();
  }

  /** The faults installed now, in installation order (steps not yet consumed are still listed). */
  public List<Fault> installedFaults() {
    return faults.installed();
  }

  @Override
  public void setTokenLifetime(Duration lifetime) {
    tokens.lifetime().set(lifetime);
  }

  @Override
  public void expireIssuedTokens() {
    tokens.ledger().expireAll();
  }

  @Override
  public void approveDeviceCode(String userCode, String username) {
    Objects.requireNonNull(userCode, "userCode");
    Directory.TenantUser user = user(username);
    DeviceCodes.DeviceCode code = tokens.deviceCodes().findPending(userCode).orElseThrow(() ->
        new UnknownItemException("No pending device code has the user code '" + userCode + "'; pending: "
            + pendingDeviceCodes()));
    if (code.tenantId() != null && !code.tenantId().equals(user.tenant().tenantId())) {
      throw new IllegalArgumentException("User '" + username + "' belongs to tenant " + user.tenant().tenantId()
          + ", but device code " + code.userCode() + " was requested for tenant " + code.tenantId()
          + "; approve it with a user of that tenant");
    }
    tokens.deviceCodes().approve(userCode, user.user().username());
  }

  @Override
  public void expireDeviceCode(String userCode) {
    Objects.requireNonNull(userCode, "userCode");
    if (tokens.deviceCodes().findPending(userCode).isEmpty()) {
      throw new UnknownItemException("No pending device code has the user code '" + userCode + "'; pending: "
          + pendingDeviceCodes());
    }
    tokens.deviceCodes().expire(userCode);
  }

  @Override
  public void autoApproveDeviceCodes(int afterPolls, String username) {
    tokens.deviceCodes().autoApprove(afterPolls, user(username).user().username());
  }

  @Override
  public List<String> pendingDeviceCodes() {
    return tokens.deviceCodes().pendingCodes().stream().map(DeviceCodes.DeviceCode::userCode).toList();
  }

  @Override
  public String mintFederatedToken(String subject, String audience, Duration lifetime) {
    return tokens.federation().mint(subject, audience, Objects.requireNonNull(lifetime, "lifetime"));
  }

  @Override
  public List<String> issuedTokens() {
    List<String> issued = new java.util.ArrayList<>(tokens.ledger().issuedValues());
    issued.addAll(tokens.refreshTokens().issuedValues());
    return List.copyOf(issued);
  }

  @Override
  public List<JournalEntry> journal() {
    return journal.entries();
  }

  @Override
  public Map<String, Integer> journalCounts() {
    return journal.counts();
  }

  @Override
  public Map<String, Integer> faultCounts() {
    return journal.faultCounts();
  }

  @Override
  public int count(String method, String routeTemplate) {
    return journal.count(Objects.requireNonNull(method, "method"), Objects.requireNonNull(routeTemplate, "route"));
  }

  @Override
  public void clearJournal() {
    journal.clear();
  }

  private Tenant findTenant(String tenantId) {
    Objects.requireNonNull(tenantId, "tenantId");
    return state.directory().tenant(tenantId).orElseThrow(() -> new UnknownItemException("No tenant '" + tenantId
        + "'; known tenants: " + knownTenants()));
  }

  private TenantInfo info(Tenant tenant) {
    Map<String, String> products = new LinkedHashMap<>();
    state.catalogue().products().forEach(product ->
        products.put(product.productId(), tenant.productValue(product.productId())));
    Map<String, String> offerTypes = new LinkedHashMap<>();
    state.catalogue().offerTypes().forEach(type -> offerTypes.put(type.id(), tenant.offerTypeValue(type.id())));
    Map<String, List<String>> apps = new LinkedHashMap<>();
    tenant.apps().forEach(app -> apps.put(app.clientId(), app.roles()));
    return new TenantInfo(tenant.tenantId(), tenant.domain(), tenant.generated(), products, offerTypes, apps);
  }

  private static UnknownItemException unknownApp(Tenant tenant, String clientId) {
    return new UnknownItemException("No app '" + clientId + "' is registered in tenant " + tenant.tenantId()
        + "; registered: " + tenant.apps().stream().map(AppRegistration::clientId).toList());
  }

  /** Thousands of generated tenants would drown the message: the first few and how many more. */
  private String knownTenants() {
    List<Tenant> tenants = state.directory().tenants();
    List<String> first = tenants.stream().limit(5).map(Tenant::tenantId).toList();
    return first + (tenants.size() > first.size() ? " and " + (tenants.size() - first.size()) + " more" : "");
  }

  private Product product(String productId) {
    Objects.requireNonNull(productId, "productId");
    return state.catalogue().product(productId).orElseThrow(() -> new UnknownItemException("No product '"
        + productId + "' in the catalogue (ids are case-sensitive); release it first with releaseProduct"));
  }

  private OfferType offerType(String id) {
    Objects.requireNonNull(id, "offerType");
    return state.catalogue().offerType(id).orElseThrow(() -> new UnknownItemException("No offer type '" + id
        + "'; known: " + state.catalogue().offerTypes().stream().map(OfferType::id).toList()));
  }

  private Directory.TenantUser user(String username) {
    Objects.requireNonNull(username, "username");
    return state.directory().user(username).orElseThrow(() -> new UnknownItemException("No user '" + username
        + "' in any tenant; register it first"));
  }
}
