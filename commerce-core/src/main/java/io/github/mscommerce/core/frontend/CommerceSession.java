package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.client.CommerceClient;

/** A configured client plus the settings that shape how front-end tasks use it. */
public record CommerceSession(CommerceClient client, int concurrency) {}
