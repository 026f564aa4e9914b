package io.github.mscommerce.core.json;

/** The service's error body, {@code {"errorCode": "...", "reason": "..."}}; either part may be missing. */
public record ServiceError(String errorCode, String reason) {}
