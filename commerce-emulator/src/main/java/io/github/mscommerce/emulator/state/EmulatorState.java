package io.github.mscommerce.emulator.state;

import io.github.mscommerce.emulator.AppRegistration;
import io.github.mscommerce.emulator.GeneratedTenants;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator's mutable world: the catalogue and the current directory of tenants (those of the state document, then
 * the generated ones). Loading a document or generating tenants swaps the directory in one step, so a request sees
 * either the old tenants or the new ones, never a mix.
 */
public final class EmulatorState {

  private final Catalogue catalogue;
  private final StateDocument startup;
  private final GeneratedTenants startupGeneration;
  private final AppRegistration generatedApp;
  private volatile Directory directory;

  /** The state without generated tenants. */
  public EmulatorState(Catalogue catalogue, StateDocument startup) {
    this(catalogue, startup, GeneratedTenants.NONE, null);
  }

  /**
   * @param startup the state to start with and to return to on reset
   * @param startupGeneration the tenants generated at start-up and on reset, in addition to the document's
   * @param generatedApp the app registered in every generated tenant
   * @throws IllegalArgumentException when a generated tenant's id or domain is a document tenant's
   */
  public EmulatorState(Catalogue catalogue, StateDocument startup, GeneratedTenants startupGeneration,
                       AppRegistration generatedApp) {
    this.catalogue = catalogue;
    this.startup = startup;
    this.startupGeneration = startupGeneration;
    this.generatedApp = generatedApp;
    catalogue.replaceStateProducts(startup.products());
    this.directory = build(startup).withGenerated(tenantsFor(startupGeneration));
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Directory directory() {
    return directory;
  }

  public StateDocument startup() {
    return startup;
  }

  /** Replaces all tenants, generated ones included, and the extra catalogue products; released products stay. */
  public synchronized void load(StateDocument document) {
    Directory next = build(document);
    catalogue.replaceStateProducts(document.products());
    directory = next;
  }

  /**
   * Replaces the generated tenants with {@code spec}'s (none for a count of 0); the other tenants keep their values.
   *
   * @throws IllegalArgumentException when a generated tenant's id or domain is taken, or the catalogue is too small
   */
  public synchronized void generate(GeneratedTenants spec) {
    directory = directory.withGenerated(tenantsFor(spec));
  }

  /** Back to the start-up document and generated tenants, without released products. */
  public synchronized void reset() {
    catalogue.forgetReleased();
    load(startup);
    generate(startupGeneration);
  }

  private List<Tenant> tenantsFor(GeneratedTenants spec) {
    if (spec.count() == 0) {
      return List.of();
    }
    if (generatedApp == null) {
      throw new IllegalStateException("no app to register in generated tenants");
    }
    return TenantGenerator.generate(spec, catalogue.products(), generatedApp);
  }

  private static Directory build(StateDocument document) {
    List<Tenant> tenants = new ArrayList<>();
    for (StateDocument.TenantSpec spec : document.tenants()) {
      Tenant tenant = new Tenant(spec.tenantId(), spec.domain(), spec.managedIdentities());
      spec.apps().forEach(tenant::addApp);
      spec.users().forEach(tenant::addUser);
      spec.productValues().forEach(tenant::setProductValue);
      spec.offerTypeValues().forEach(tenant::setOfferTypeValue);
      tenants.add(tenant);
    }
    return new Directory(tenants);
  }
}
