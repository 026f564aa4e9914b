/**
 * Jenkins glue over commerce-core: Jenkins types on the outside, one core call on the inside, nothing else. Packages
 * import downwards only: {@code steps} uses {@code credentials}, which uses core.
 *
 * <ul>
 *   <li>{@code credentials} — the "Microsoft Entra ID application" credentials type ({@code entraIdApp}) with its
 *       "Test connection", and what a run takes from the controller ({@code ControllerSettings}: the credentials'
 *       sign-in, a trust anchor, Jenkins' proxy).
 *   <li>{@code binding} — {@code withCredentials([entraIdApp(credentialsId: …)])}, which exposes it as the
 *       {@code AZURE_*} variables that core's environment chain (and so the Maven plugin) reads.
 *   <li>{@code steps} — the Pipeline steps ({@code msCommercePolicies} … {@code msCommerceExportPolicy}), one
 *       {@code XxxStep} per goal over one execution; the freestyle build step; the build page's report; and
 *       {@code StepSupport}, the one place where Jenkins' context becomes core's settings and output, and core's
 *       failure an {@code AbortException}.
 * </ul>
 */
package io.jenkins.plugins.mscommerce;
