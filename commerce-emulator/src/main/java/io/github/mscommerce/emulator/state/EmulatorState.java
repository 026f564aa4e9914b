package io.github.mscommerce.emulator.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The emulator's mutable world: the catalogue and the current directory of tenants. Loading a document swaps the
 * directory in one step, so a request sees either the old tenants or the new ones, never a mix.
 */
public final class EmulatorState {

  private final Catalogue catalogue;
  private final StateDocument startup;
  private volatile Directory directory;

  /** @param startup the state to start with and to return to on reset */
  public EmulatorState(Catalogue catalogue, StateDocument startup) {
    this.catalogue = catalogue;
    this.startup = startup;
    catalogue.replaceStateProducts(startup.products());
    this.directory = build(startup);
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

  /** Replaces the tenants and the extra catalogue products; released products stay. */
  public synchronized void load(StateDocument document) {
    Directory next = build(document);
    catalogue.replaceStateProducts(document.products());
    directory = next;
  }

  /** Back to the start-up document, without released products. */
  public synchronized void reset() {
    catalogue.forgetReleased();
    load(startup);
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
