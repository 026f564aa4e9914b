package io.github.mscommerce.core.client;

import io.github.mscommerce.core.AuthenticationFailedException;
import io.github.mscommerce.core.internal.ClosestMatches;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.InvalidRequestException;
import io.github.mscommerce.core.ItemKind;
import io.github.mscommerce.core.NotFoundException;
import io.github.mscommerce.core.OutcomeUnknownException;
import io.github.mscommerce.core.OfferTypePolicy;
import io.github.mscommerce.core.PermissionDeniedException;
import io.github.mscommerce.core.Policy;
import io.github.mscommerce.core.PolicyItem;
import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.ProductPolicy;
import io.github.mscommerce.core.ResponseFacts;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.ServiceException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.http.Endpoints;
import io.github.mscommerce.core.http.HttpTransport;
import io.github.mscommerce.core.http.HttpTransport.Request;
import io.github.mscommerce.core.http.HttpTransport.Response;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RequestLimit;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.http.TimeSource;
import io.github.mscommerce.core.json.MalformedResponseException;
import io.github.mscommerce.core.json.PolicyJson;
import io.github.mscommerce.core.json.ServiceError;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The self-service purchase policy service: one method per operation of the MSCommerce module's cmdlets.
 *
 * <pre>{@code
 * CommerceClient client = CommerceClient.builder()
 *     .credential(new ClientSecretCredential(authority, clientId, secret, CredentialOptions.defaults()))
 *     .build();
 * client.updateProductPolicy("CFQ7TTC0LH2H", PolicyValue.DISABLED);
 * }</pre>
 *
 * <p>Every method throws a {@link CommerceException} subclass whose message says what failed and what to do. Safe for
 * concurrent use.
 */
public final class CommerceClient {

  public static final URI DEFAULT_ENDPOINT = URI.create("https://licensing.m365.microsoft.com");

  private final URI endpoint;
  private final ApiVersion apiVersion;
  private final String policyId;
  private final TokenCredential credential;
  private final HttpTransport transport;
  private final Suggestions suggestions;
  private final Consumer<CommerceEvent> events;

  private CommerceClient(Builder builder) {
    this.endpoint = builder.endpoint;
    this.apiVersion = builder.apiVersion;
    this.policyId = builder.policyId;
    this.credential = Objects.requireNonNull(builder.credential, "a credential is required");
    this.suggestions = builder.suggestions;
    this.events = builder.events;
    this.transport = new HttpTransport(builder.network, builder.retryPolicy, credential, events, suggestions,
        builder.time, builder.requestLimit);
  }

  public static Builder builder() {
    return new Builder();
  }

  public URI endpoint() {
    return endpoint;
  }

  public ApiVersion apiVersion() {
    return apiVersion;
  }

  /** The policy the product and offer-type operations act on; {@code AllowSelfServicePurchase} unless set. */
  public String policyId() {
    return policyId;
  }

  public TokenCredential credential() {
    return credential;
  }

  /** {@code Get-MSCommercePolicies}. */
  public List<Policy> policies() {
    String operation = "Reading the policies";
    Response response = get(path("policies"), operation);
    return read(operation, response, () -> PolicyJson.policies(response.body()));
  }

  /** {@code Get-MSCommercePolicy -PolicyId}. */
  public Policy policy(String id) {
    String checkedId = ItemIds.requireValidPolicyId(id);
    String operation = "Reading policy '" + checkedId + "'";
    Response response = send("GET", path("policies/" + checkedId), null, operation, false,
        facts -> new NotFoundException(suggestions.unknownPolicy(checkedId), facts, List.of()));
    return read(operation, response, () -> PolicyJson.policy(response.body()));
  }

  /** {@code Get-MSCommerceProductPolicies} as most clients call it: no {@code scope} query, products only. */
  public List<ProductPolicy> productPolicies() {
    String operation = "Reading the product policies";
    Response response = get(productsPath(null), operation);
    return read(operation, response, () -> PolicyJson.policyItems(response.body(), policyId)).stream()
        .filter(ProductPolicy.class::isInstance).map(ProductPolicy.class::cast).collect(Collectors.toList());
  }

  /** {@code Get-MSCommerceProductPolicies -Scope OfferType}. */
  public List<OfferTypePolicy> offerTypePolicies() {
    String operation = "Reading the offer-type policies";
    Response response = get(productsPath("OfferType"), operation);
    return read(operation, response, () -> PolicyJson.policyItems(response.body(), policyId)).stream()
        .filter(OfferTypePolicy.class::isInstance).map(OfferTypePolicy.class::cast).collect(Collectors.toList());
  }

  /** The listing with an explicit {@code scope} query, exactly as the service answers it ({@code product} or {@code OfferType}). */
  public List<PolicyItem> policyItems(String scope) {
    String operation = "Reading the policy items of scope '" + scope + "'";
    Response response = get(productsPath(Objects.requireNonNull(scope, "scope")), operation);
    return read(operation, response, () -> PolicyJson.policyItems(response.body(), policyId));
  }

  /** {@code Get-MSCommerceProductPolicy -ProductId}. */
  public ProductPolicy productPolicy(String productId) {
    String id = ItemIds.requireValid(ItemKind.PRODUCT, productId);
    String operation = "Reading product '" + id + "'";
    Response response = send("GET", itemPath(ItemKind.PRODUCT, id), null, operation, false,
        facts -> notFound(ItemKind.PRODUCT, id, facts));
    return read(operation, response, () -> PolicyJson.productPolicy(response.body(), policyId));
  }

  /** {@code Get-MSCommerceProductPolicy -OfferType}. */
  public OfferTypePolicy offerTypePolicy(String offerType) {
    String id = ItemIds.requireValid(ItemKind.OFFER_TYPE, offerType);
    String operation = "Reading offer type '" + id + "'";
    Response response = send("GET", itemPath(ItemKind.OFFER_TYPE, id), null, operation, false,
        facts -> notFound(ItemKind.OFFER_TYPE, id, facts));
    return read(operation, response, () -> PolicyJson.offerTypePolicy(response.body(), policyId));
  }

  /** {@code Update-MSCommerceProductPolicy -ProductId -Value}; returns the product as the service now has it. */
  public ProductPolicy updateProductPolicy(String productId, PolicyValue value) {
    return (ProductPolicy) update(ItemKind.PRODUCT, productId, value);
  }

  /** {@code Update-MSCommerceProductPolicy -OfferType -Value}; offer types take only Enabled or Disabled. */
  public OfferTypePolicy updateOfferTypePolicy(String offerType, PolicyValue value) {
    return (OfferTypePolicy) update(ItemKind.OFFER_TYPE, offerType, value);
  }

  /**
   * Either update, by kind; returns the item as the service now has it.
   *
   * @throws OutcomeUnknownException when the request was sent and no readable answer came back: every attempt the retry
   *     policy allowed timed out or lost its response, or the service answered success with a body that is not the
   *     item. The service may or may not have applied it; read the item to know.
   */
  public PolicyItem update(ItemKind kind, String itemId, PolicyValue value) {
    Objects.requireNonNull(value, "value");
    String id = ItemIds.requireValid(kind, itemId);
    String operation = "Setting " + kind.label() + " '" + id + "' to " + value;
    Response response;
    try {
      response = send("PUT", itemPath(kind, id), PolicyJson.updateBody(value), operation, true,
          facts -> notFound(kind, id, facts));
    } catch (RetriesExhaustedException e) {
      if (!e.someAttemptUnanswered()) {
        throw e;
      }
      throw new OutcomeUnknownException(suggestions.updateOutcomeUnknown(kind, id, value, e.reason()), e.facts(), e);
    }
    try {
      return kind == ItemKind.PRODUCT
          ? PolicyJson.productPolicy(response.body(), policyId)
          : PolicyJson.offerTypePolicy(response.body(), policyId);
    } catch (MalformedResponseException e) {
      // A success status means the service took the request; only its answer is unreadable (empty, cut, not JSON).
      throw new OutcomeUnknownException(suggestions.updateOutcomeUnknown(kind, id, value,
          "HTTP " + response.status() + " with " + e.getMessage()), response.facts(null), e);
    }
  }

  private Response get(URI uri, String operation) {
    return send("GET", uri, null, operation, false, facts -> new NotFoundException(
        operation + " failed: the service does not know the policy '" + policyId + "'. "
            + suggestions.unknownPolicy(policyId), facts, List.of()));
  }

  private Response send(String method, URI uri, String body, String operation, boolean write,
      Function<ResponseFacts, NotFoundException> notFound) {
    Response response = transport.send(new Request(method, uri, body, operation));
    if (response.isSuccess()) {
      return response;
    }
    ServiceError error = response.isHtml() ? new ServiceError(null, null) : PolicyJson.error(response.body());
    ResponseFacts facts = response.facts(error.errorCode());
    String reason = response.isHtml() ? suggestions.htmlErrorPage() : reasonOf(error);
    switch (response.status()) {
      case 400:
        throw new InvalidRequestException(operation + " was rejected by the service: " + reason, facts);
      case 401:
        throw new AuthenticationFailedException(
            suggestions.tokenRejected(operation, reason, credential.canRefresh()), facts, null);
      case 403:
        throw new PermissionDeniedException(suggestions.permissionDenied(operation, write, reason), facts);
      case 404:
        throw notFound.apply(facts);
      case 301:
      case 302:
      case 303:
      case 307:
      case 308:
        throw new ServiceException(suggestions.redirectRefused(operation, response.status(),
            response.headers().firstValue("Location").map(CommerceClient::printable).orElse("")), facts, null);
      default:
        throw new ServiceException(operation + " failed: " + reason, facts, null);
    }
  }

  private NotFoundException notFound(ItemKind kind, String id, ResponseFacts facts) {
    List<String> closest = closestKnownIds(kind, id);
    return new NotFoundException(suggestions.unknownItem(kind, id, closest), facts, closest);
  }

  /** Costs one more request, on the error path only, to turn a bare 404 into "did you mean …". */
  private List<String> closestKnownIds(ItemKind kind, String id) {
    try {
      List<? extends PolicyItem> known = kind == ItemKind.PRODUCT ? productPolicies() : offerTypePolicies();
      return ClosestMatches.to(id, known.stream().map(PolicyItem::id).collect(Collectors.toList()));
    } catch (CommerceException e) {
      events.accept(CommerceEvent.debug("Could not list the known ids for a suggestion: " + e.getMessage()));
      return List.of();
    }
  }

  private <T> T read(String operation, Response response, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (MalformedResponseException e) {
      throw new ServiceException(suggestions.unreadableResponse(operation, e.getMessage()), response.facts(null), e);
    }
  }

  private static String reasonOf(ServiceError error) {
    String reason = error.reason();
    if (reason == null || reason.isBlank()) {
      return "the service gave no reason";
    }
    return printable(reason);
  }

  /** Server-supplied text, on one line and of bounded length, for a message. */
  private static String printable(String text) {
    String printable = text.replaceAll("\\p{Cntrl}", " ").trim();
    return printable.length() > 500 ? printable.substring(0, 500) + "…" : printable;
  }

  private URI path(String relative) {
    return URI.create(endpoint + "/" + apiVersion.segment() + "/" + relative);
  }

  private URI productsPath(String scope) {
    return path("policies/" + policyId + "/products" + (scope == null ? "" : "?scope=" + scope));
  }

  private URI itemPath(ItemKind kind, String id) {
    return path("policies/" + policyId + (kind == ItemKind.PRODUCT ? "/products/" : "/offerTypes/") + id);
  }

  @Override
  public String toString() {
    return "CommerceClient[" + endpoint + "/" + apiVersion + ", policy " + policyId + ", "
        + credential.description() + "]";
  }

  public static final class Builder {
    private URI endpoint = DEFAULT_ENDPOINT;
    private ApiVersion apiVersion = ApiVersion.V1_0;
    private String policyId = Policy.ALLOW_SELF_SERVICE_PURCHASE;
    private TokenCredential credential;
    private NetworkSettings network;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Consumer<CommerceEvent> events = event -> {};
    private Suggestions suggestions = Suggestions.generic();
    private TimeSource time = TimeSource.SYSTEM;
    private RequestLimit requestLimit = RequestLimit.NONE;

    private Builder() {}

    /** The host root, {@code https://licensing.m365.microsoft.com} by default; plain http only to loopback. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Endpoints.hostRoot(endpoint.toString(), "endpoint");
      return this;
    }

    public Builder apiVersion(ApiVersion apiVersion) {
      this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
      return this;
    }

    public Builder policyId(String policyId) {
      this.policyId = ItemIds.requireValidPolicyId(policyId);
      return this;
    }

    public Builder credential(TokenCredential credential) {
      this.credential = Objects.requireNonNull(credential, "credential");
      return this;
    }

    public Builder network(NetworkSettings network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    public Builder events(Consumer<CommerceEvent> events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    public Builder suggestions(Suggestions suggestions) {
      this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
      return this;
    }

    /** For tests: a clock and sleep that do not wait. */
    public Builder timeSource(TimeSource time) {
      this.time = Objects.requireNonNull(time, "time");
      return this;
    }

    /** A cap on requests in flight that this client shares with others (a run over many tenants); none by default. */
    public Builder requestLimit(RequestLimit requestLimit) {
      this.requestLimit = Objects.requireNonNull(requestLimit, "requestLimit");
      return this;
    }

    public CommerceClient build() {
      if (network == null) {
        network = NetworkSettings.defaults();
      }
      return new CommerceClient(this);
    }
  }
}
