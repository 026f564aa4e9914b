package io.github.mscommerce.core;

/** What a policy item governs: a Microsoft product, or a whole class of third-party offers. */
public enum ItemKind {
  PRODUCT("product"),
  OFFER_TYPE("offer type");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  /** Lower-case words for messages: "product", "offer type". */
  public String label() {
    return label;
  }
}
