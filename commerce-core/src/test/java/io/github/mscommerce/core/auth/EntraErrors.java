package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.MsalServiceException;
import java.util.List;
import java.util.Map;

/**
 * MSAL service exceptions as MSAL builds them from an Entra error answer. MSAL's own constructor for that takes a
 * package-private type, so the status and headers are supplied by overriding their getters.
 */
final class EntraErrors {

  private EntraErrors() {}

  static MsalServiceException answer(int status, String error, String description, Map<String, String> headers) {
    return new MsalServiceException(description, error) {
      private static final long serialVersionUID = 1L;

      @Override
      public Integer statusCode() {
        return status;
      }

      @Override
      public String correlationId() {
        return "5b1d7c0e-0000-4000-8000-00000000c0de";
      }

      @Override
      public Map<String, List<String>> headers() {
        return headers.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));
      }
    };
  }

  static MsalServiceException invalidSecret() {
    return answer(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.\r\n"
        + "Trace ID: 0a1b2c3d\r\nCorrelation ID: 5b1d7c0e\r\nTimestamp: 2026-01-15 10:00:00Z", Map.of());
  }

  static MsalServiceException busy(int status, String retryAfter) {
    return answer(status, "temporarily_unavailable", "AADSTS90033: A transient error has occurred.",
        retryAfter == null ? Map.of() : Map.of("retry-after", retryAfter));
  }
}
