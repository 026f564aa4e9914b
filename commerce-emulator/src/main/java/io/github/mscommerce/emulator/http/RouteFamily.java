package io.github.mscommerce.emulator.http;

/**
 * What the routes of one service (policy API, Entra token endpoints, managed identity) share: the shape of their error
 * bodies, the facts readable before a handler runs, and the headers every response carries.
 */
public interface RouteFamily {

  /** An error in this family's wire shape; used for 404/405, injected faults and internal errors too. */
  Response error(Request request, int status, String message);

  /** Tenant, client and grant known without running the handler: faults match on them, the journal records them. */
  RequestFacts facts(Request request);

  /** Whether responses echo {@code x-ms-correlation-id} and the journal records it. */
  boolean correlated();

  /** Adds the headers every response of the family carries. */
  default Response decorate(Request request, Response response) {
    return response;
  }
}
