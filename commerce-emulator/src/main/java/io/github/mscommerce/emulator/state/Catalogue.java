package io.github.mscommerce.emulator.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The products and offer types every tenant has, in a stable order: the built-in catalogue (a tab-separated data
 * file, read without a JSON parser to keep start-up quick), then the
 * extra products of the loaded state document, then products released at run time. A tenant stores only the values it
 * changed, so a product added here is {@code Enabled} in every tenant at once.
 */
public final class Catalogue {

  private static final String RESOURCE = "/io/github/mscommerce/emulator/catalogue.tsv";

  private final List<Product> builtIn;
  private final List<OfferType> offerTypes;
  private volatile List<Product> fromState = List.of();
  private final List<Product> released = new CopyOnWriteArrayList<>();

  private Catalogue(List<Product> builtIn, List<OfferType> offerTypes) {
    this.builtIn = List.copyOf(builtIn);
    this.offerTypes = List.copyOf(offerTypes);
  }

  /** Reads the built-in catalogue shipped in this jar. */
  public static Catalogue builtIn() {
    try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the catalogue " + RESOURCE + " is missing from the emulator jar");
      }
      List<Product> products = new ArrayList<>();
      List<OfferType> offerTypes = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] columns = lines[i].split("\t");
        if (columns.length != 3) {
          throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected kind, id and name");
        }
        switch (columns[0]) {
          case "product" -> products.add(new Product(columns[1], columns[2]));
          case "offerType" -> offerTypes.add(new OfferType(columns[1], columns[2]));
          default -> throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": unknown kind " + columns[0]);
        }
      }
      return new Catalogue(products, offerTypes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue " + RESOURCE, e);
    }
  }

  /** Every product, built-in first, then state-file products, then released ones; no id twice. */
  public List<Product> products() {
    Map<String, Product> byId = new LinkedHashMap<>();
    for (List<Product> part : List.of(builtIn, fromState, released)) {
      part.forEach(product -> byId.putIfAbsent(product.productId(), product));
    }
    return List.copyOf(byId.values());
  }

  /** Product ids are matched exactly, as the service does. */
  public Optional<Product> product(String productId) {
    return products().stream().filter(product -> product.productId().equals(productId)).findFirst();
  }

  public boolean isBuiltIn(String productId) {
    return builtIn.stream().anyMatch(product -> product.productId().equals(productId));
  }

  public List<OfferType> offerTypes() {
    return offerTypes;
  }

  /** Offer type ids are matched ignoring case; the result carries the canonical id. */
  public Optional<OfferType> offerType(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return offerTypes.stream().filter(type -> type.id().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  /** The products beyond the built-in file (state document and released), as the state dump lists them. */
  public List<Product> addedProducts() {
    return products().stream().filter(product -> !isBuiltIn(product.productId())).toList();
  }

  /** @throws IllegalArgumentException when the id is already in the catalogue */
  public void release(Product product) {
    synchronized (released) {
      if (product(product.productId()).isPresent()) {
        throw new IllegalArgumentException("Product '" + product.productId()
            + "' is already in the catalogue; release a product with a new id");
      }
      released.add(product);
    }
  }

  void replaceStateProducts(List<Product> products) {
    fromState = List.copyOf(products);
  }

  void forgetReleased() {
    released.clear();
  }
}
