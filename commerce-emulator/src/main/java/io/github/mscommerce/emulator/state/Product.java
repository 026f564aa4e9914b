package io.github.mscommerce.emulator.state;

/** A catalogue entry: a Microsoft product whose self-service purchase can be allowed or blocked. */
public record Product(String productId, String productName) {}
