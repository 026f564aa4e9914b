package io.github.mscommerce.emulator;

import java.util.Locale;

/**
 * Many tenants made from a seed, for runs over many tenants at once. They come <em>in addition to</em> the demo tenant
 * (or the state file's tenants), numbered from 1: tenant {@code n} has the id {@link #tenantId(int)} (e.g.
 * {@code 00000000-0000-4000-8000-000000000042}) and the domain {@link #domain(int)} (e.g.
 * {@code tenant-00042.onmicrosoft.com}), whatever the seed. Each has the demo app ({@code demo().clientId()} with
 * {@code demo().clientSecret()}, role {@code Policy.ReadWrite.AllowSelfServicePurchase}) consented, like a multi-tenant
 * app's service principals, and no users or managed identities.
 *
 * <p>Of the catalogue's products at generation time, exactly {@code enabledProducts} are {@code Enabled} and the rest
 * {@code Disabled}, chosen per tenant from the seed: the same seed gives the same choice on every run and JDK.
 * Products released later are {@code Enabled} there as everywhere; offer types start {@code Enabled}. Values are
 * computed from the seed until a client changes them, so thousands of tenants cost little memory.
 *
 * @param count how many tenants, 0 to {@link #MAX_COUNT}
 * @param seed chooses the {@code Enabled} products
 * @param enabledProducts how many products are {@code Enabled} in each tenant
 */
public record GeneratedTenants(int count, long seed, int enabledProducts) {

  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_ENABLED_PRODUCTS = 3;
  /** A bound that keeps the ids' and domains' shape; far beyond what a test needs. */
  public static final int MAX_COUNT = 99_999;
  public static final GeneratedTenants NONE = new GeneratedTenants(0, DEFAULT_SEED, DEFAULT_ENABLED_PRODUCTS);

  public GeneratedTenants {
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException("The number of generated tenants must be from 0 to " + MAX_COUNT + ", got "
          + count);
    }
    if (enabledProducts < 0) {
      throw new IllegalArgumentException("The number of Enabled products per tenant must not be negative, got "
          + enabledProducts);
    }
  }

  /** {@code count} tenants with the default seed and {@value #DEFAULT_ENABLED_PRODUCTS} Enabled products each. */
  public static GeneratedTenants of(int count) {
    return new GeneratedTenants(count, DEFAULT_SEED, DEFAULT_ENABLED_PRODUCTS);
  }

  public GeneratedTenants withSeed(long newSeed) {
    return new GeneratedTenants(count, newSeed, enabledProducts);
  }

  public GeneratedTenants withEnabledProducts(int newEnabledProducts) {
    return new GeneratedTenants(count, seed, newEnabledProducts);
  }

  /** The id of generated tenant {@code number} (1 to {@code count}): its number in decimal as the last group. */
  public static String tenantId(int number) {
    return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", checkNumber(number));
  }

  /** The domain of generated tenant {@code number}, e.g. {@code tenant-00042.onmicrosoft.com}. */
  public static String domain(int number) {
    return String.format(Locale.ROOT, "tenant-%05d.onmicrosoft.com", checkNumber(number));
  }

  private static int checkNumber(int number) {
    if (number < 1 || number > MAX_COUNT) {
      throw new IllegalArgumentException("Generated tenants are numbered from 1 to " + MAX_COUNT + ", got " + number);
    }
    return number;
  }
}
