/**
 * Jenkins glue over commerce-core: Jenkins types on the outside, one core call on the inside, nothing else.
 *
 * <ul>
 *   <li>{@code credentials} — the "Microsoft Entra ID application" credentials type ({@code entraIdApp}).
 *   <li>{@code binding} — {@code withCredentials([entraIdApp(credentialsId: …)])}, which exposes it as the
 *       {@code AZURE_*} variables that core's environment chain (and so the Maven plugin) reads.
 *   <li>this package (next) — the Pipeline steps ({@code msCommercePolicies} … {@code msCommerceExportPolicy}), each a
 *       {@code XxxStep} with a {@code XxxStepExecution}; the freestyle builder; the build action with the last
 *       verification; and {@code StepSupport}, the one adapter from core's events and exceptions to the
 *       {@code TaskListener} and {@code AbortException}.
 * </ul>
 */
package io.jenkins.plugins.mscommerce;
