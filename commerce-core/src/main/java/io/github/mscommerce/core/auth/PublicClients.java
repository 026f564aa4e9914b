package io.github.mscommerce.core.auth;

/** Public client ids for the user sign-in flows (device code, username/password), which need no secret of their own. */
public final class PublicClients {

  /**
   * The MSCommerce PowerShell module's own public client: every tenant that used {@code Connect-MSCommerce} has consented
   * to it, so users can sign in without registering an app.
   */
  public static final String MSCOMMERCE_MODULE = "3d5cffa9-04da-4657-8cab-c7f074657cad";

  private PublicClients() {}
}
