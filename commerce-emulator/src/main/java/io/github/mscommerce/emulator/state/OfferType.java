package io.github.mscommerce.emulator.state;

/** A third-party offer type ({@code scope=OfferType}): its id (e.g. {@code SaaS}) and display name. */
public record OfferType(String id, String displayName) {}
