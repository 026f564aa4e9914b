package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.internal.ClosestMatches;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.client.ItemIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which products and offer types an operation acts on: product ids, product-name patterns ({@code Power BI*}), all
 * products, and offer types. Ids are checked when the selection is made; whether they exist is checked by
 * {@link #resolve}, against the tenant's listing.
 *
 * <pre>{@code
 * Selection selection = Selection.builder().productNames("Power BI*").offerTypes("SaaS").build();
 * List<PolicyItem> items = selection.resolve(client.productPolicies(), client.offerTypePolicies());
 * }</pre>
 *
 * <p>Making a selection that names nothing, or a malformed id, throws {@link InvalidSettingsException}.
 */
public record Selection(List<String> productIds, List<String> productNamePatterns, boolean allProducts,
    List<String> offerTypes) {

  private static final Suggestions SUGGESTIONS = Suggestions.generic();

  public Selection {
    productIds = validIds(ItemKind.PRODUCT, productIds);
    // Compiling each pattern now rejects an empty or wildcard-only one when the selection is made, not when it is used.
    productNamePatterns = productNamePatterns == null ? List.of()
        : productNamePatterns.stream().map(pattern -> new NamePattern(pattern).glob())
            .collect(Collectors.toUnmodifiableList());
    offerTypes = validIds(ItemKind.OFFER_TYPE, offerTypes);
    if (!allProducts && productIds.isEmpty() && productNamePatterns.isEmpty() && offerTypes.isEmpty()) {
      throw new InvalidSettingsException(SUGGESTIONS.emptySelection());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every product of the tenant, and no offer type. */
  public static Selection everyProduct() {
    return builder().allProducts().build();
  }

  /** Whether {@link #resolve} needs the product listing. */
  public boolean needsProducts() {
    return allProducts || !productIds.isEmpty() || !productNamePatterns.isEmpty();
  }

  /** Whether {@link #resolve} needs the offer-type listing, a request of its own that is sent only when asked for. */
  public boolean needsOfferTypes() {
    return !offerTypes.isEmpty();
  }

  /**
   * The selected items in the service's order, products first: the canonical items of the listing, whatever casing the
   * selection used.
   *
   * @param offerTypes may be empty when {@link #needsOfferTypes()} is false
   * @throws InvalidSettingsException naming every unknown id and every pattern that matches nothing, with the closest
   *     known ids or names
   */
  public List<PolicyItem> resolve(List<ProductPolicy> products, List<OfferTypePolicy> offerTypes) {
    return resolve(products, offerTypes, SUGGESTIONS);
  }

  /** The same, worded in the front end's terms. */
  public List<PolicyItem> resolve(List<ProductPolicy> products, List<OfferTypePolicy> offerTypes,
      Suggestions suggestions) {
    List<NamePattern> patterns = productNamePatterns.stream().map(NamePattern::new).collect(Collectors.toList());
    List<String> problems = new ArrayList<>();
    problems.addAll(unknownIds(ItemKind.PRODUCT, productIds, products, suggestions));
    problems.addAll(unmatchedPatterns(patterns, products, suggestions));
    problems.addAll(unknownIds(ItemKind.OFFER_TYPE, this.offerTypes, offerTypes, suggestions));
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(String.join(" ", problems));
    }
    Set<String> wantedProducts = upperCase(productIds);
    Set<String> wantedOfferTypes = upperCase(this.offerTypes);
    List<PolicyItem> selected = new ArrayList<>();
    for (ProductPolicy product : products) {
      if (allProducts || wantedProducts.contains(upperCase(product.id()))
          || patterns.stream().anyMatch(p -> p.matches(product.name()))) {
        selected.add(product);
      }
    }
    for (OfferTypePolicy offerType : offerTypes) {
      if (wantedOfferTypes.contains(upperCase(offerType.id()))) {
        selected.add(offerType);
      }
    }
    return selected;
  }

  private static List<String> unknownIds(ItemKind kind, List<String> wanted, List<? extends PolicyItem> known,
      Suggestions suggestions) {
    Set<String> knownIds = known.stream().map(item -> upperCase(item.id())).collect(Collectors.toSet());
    List<String> allIds = known.stream().map(PolicyItem::id).collect(Collectors.toList());
    return wanted.stream()
        .filter(id -> !knownIds.contains(upperCase(id)))
        .map(id -> suggestions.unknownItem(kind, id, ClosestMatches.to(id, allIds)))
        .collect(Collectors.toList());
  }

  private static List<String> unmatchedPatterns(List<NamePattern> patterns, List<ProductPolicy> products,
      Suggestions suggestions) {
    List<String> problems = new ArrayList<>();
    for (NamePattern pattern : patterns) {
      if (products.stream().noneMatch(p -> pattern.matches(p.name()))) {
        problems.add(suggestions.unmatchedNamePattern(pattern.glob(), closestNames(pattern, products)));
      }
    }
    return problems;
  }

  /**
   * For {@code Powr BI*} compare with the beginning of each name only ("Power BI Pro" → "Power B"), or every long name
   * would be too far from the short pattern to be suggested.
   */
  private static List<String> closestNames(NamePattern pattern, List<ProductPolicy> products) {
    String literal = pattern.literalText();
    Function<String, String> comparedPart = pattern.isPrefixPattern()
        ? name -> name.substring(0, Math.min(name.length(), literal.length()))
        : Function.identity();
    Map<String, List<String>> namesByPart = products.stream().map(ProductPolicy::name).distinct()
        .collect(Collectors.groupingBy(comparedPart, LinkedHashMap::new, Collectors.toList()));
    return ClosestMatches.to(literal, namesByPart.keySet()).stream()
        .flatMap(part -> namesByPart.get(part).stream())
        .limit(3)
        .collect(Collectors.toList());
  }

  private static List<String> validIds(ItemKind kind, List<String> ids) {
    return ids == null ? List.of()
        : ids.stream().map(id -> ItemIds.requireValid(kind, id)).collect(Collectors.toUnmodifiableList());
  }

  private static Set<String> upperCase(Collection<String> ids) {
    return ids.stream().map(Selection::upperCase).collect(Collectors.toSet());
  }

  private static String upperCase(String id) {
    return id.toUpperCase(Locale.ROOT);
  }

  /** Collects the parts of a selection; {@link #build()} checks them. */
  public static final class Builder {
    private final List<String> productIds = new ArrayList<>();
    private final List<String> productNamePatterns = new ArrayList<>();
    private boolean allProducts;
    private final List<String> offerTypes = new ArrayList<>();

    private Builder() {}

    public Builder productIds(String... ids) {
      return productIds(List.of(ids));
    }

    public Builder productIds(Collection<String> ids) {
      productIds.addAll(ids);
      return this;
    }

    public Builder productNames(String... patterns) {
      return productNames(List.of(patterns));
    }

    public Builder productNames(Collection<String> patterns) {
      productNamePatterns.addAll(patterns);
      return this;
    }

    public Builder allProducts() {
      allProducts = true;
      return this;
    }

    public Builder offerTypes(String... offerTypeIds) {
      return offerTypes(List.of(offerTypeIds));
    }

    public Builder offerTypes(Collection<String> offerTypeIds) {
      offerTypes.addAll(offerTypeIds);
      return this;
    }

    public Selection build() {
      return new Selection(productIds, productNamePatterns, allProducts, offerTypes);
    }
  }
}
