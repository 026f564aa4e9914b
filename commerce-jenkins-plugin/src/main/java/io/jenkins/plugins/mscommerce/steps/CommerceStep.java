package io.jenkins.plugins.mscommerce.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.mscommerce.core.frontend.SettingValues;
import io.github.mscommerce.core.frontend.TaskResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A step that runs one of core's goals: how every step reaches the service and signs in (to the credential's tenant, or
 * to each tenant of {@code tenants}), and where its reports go. Each
 * field that core reads is named after its {@code commerce.*} property, like the Maven parameters ({@link
 * #settings()}); every field is optional, and unset (null, blank) means core's default. A subclass declares
 * its own fields and names its goal; running it is {@link StepSupport}'s.
 */
public abstract class CommerceStep extends Step {

  static final String DEFAULT_REPORT_DIRECTORY = "commerce";

  @CheckForNull private String credentialsId;
  @CheckForNull private List<String> tenants;
  @CheckForNull private Integer tenantConcurrency;
  @CheckForNull private Integer maxRequests;
  @CheckForNull private String endpoint;
  @CheckForNull private String authorityHost;
  @CheckForNull private String trustCertificateId;
  @CheckForNull private String trustCertificate;
  @CheckForNull private String apiVersion;
  @CheckForNull private Integer timeout;
  @CheckForNull private Integer retries;
  @CheckForNull private Integer concurrency;
  @CheckForNull private String policyId;
  @CheckForNull private String reportDirectory;

  /** One of core's {@code Goals}. */
  abstract String goal();

  /** Every goal runs the same way: on a thread of its own, as its requests may take a while. */
  @Override
  public final StepExecution start(StepContext context) {
    return new CommerceStepExecution(this, context);
  }

  /**
   * The fields core reads, by property, through core's one mapper for front ends (the Mojos use it too): each field named
   * after a {@code commerce.*} property. Fields only Jenkins reads ({@code credentialsId}, {@code trustCertificateId},
   * {@code unstable}) are not properties, so they stay out. A step whose options combine into another setting adjusts
   * them here.
   */
  Map<String, Object> settings() {
    return SettingValues.fieldsOf(this, Step.class);
  }

  /** Whether the step runs over a list of tenants, as core then does: its result is keyed by tenant. */
  boolean runsOverTenants() {
    return tenants != null;
  }

  /** Called after a run that did not fail, before its value goes to the script. */
  void finished(TaskResult result, Run<?, ?> run, TaskListener listener) {}

  /**
   * A list field as the step keeps it: its elements, each comma-separated text split up, blanks dropped; null when
   * empty. A script's {@code ['A', 'B']}, its {@code ['A,B']}, its {@code 'A,B'} (see
   * {@link CommerceStepDescriptor#customInstantiate}) and the form's {@code A, B} are then the same step (and the
   * Snippet Generator writes it back as the list); core reads the list joined again.
   */
  @CheckForNull
  static List<String> listOf(@CheckForNull List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> elements = values.stream().filter(Objects::nonNull).flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::trim).filter(value -> !value.isEmpty()).collect(Collectors.toList());
    return elements.isEmpty() ? null : elements;
  }

  String reportDirectory() {
    return reportDirectory != null ? reportDirectory : DEFAULT_REPORT_DIRECTORY;
  }

  @CheckForNull
  public String getCredentialsId() {
    return credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(@CheckForNull String credentialsId) {
    this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
  }

  @CheckForNull
  public List<String> getTenants() {
    return tenants;
  }

  /**
   * Many tenants in one run, instead of the credential's own: GUIDs or domains, or {@code @file} naming a file in the
   * workspace with one a line. Core checks every entry before the first request.
   */
  @DataBoundSetter
  public void setTenants(@CheckForNull List<String> tenants) {
    this.tenants = listOf(tenants);
  }

  @CheckForNull
  public Integer getTenantConcurrency() {
    return tenantConcurrency;
  }

  @DataBoundSetter
  public void setTenantConcurrency(@CheckForNull Integer tenantConcurrency) {
    this.tenantConcurrency = tenantConcurrency;
  }

  @CheckForNull
  public Integer getMaxRequests() {
    return maxRequests;
  }

  @DataBoundSetter
  public void setMaxRequests(@CheckForNull Integer maxRequests) {
    this.maxRequests = maxRequests;
  }

  @CheckForNull
  public String getEndpoint() {
    return endpoint;
  }

  @DataBoundSetter
  public void setEndpoint(@CheckForNull String endpoint) {
    this.endpoint = Util.fixEmptyAndTrim(endpoint);
  }

  @CheckForNull
  public String getAuthorityHost() {
    return authorityHost;
  }

  @DataBoundSetter
  public void setAuthorityHost(@CheckForNull String authorityHost) {
    this.authorityHost = Util.fixEmptyAndTrim(authorityHost);
  }

  @CheckForNull
  public String getTrustCertificateId() {
    return trustCertificateId;
  }

  @DataBoundSetter
  public void setTrustCertificateId(@CheckForNull String trustCertificateId) {
    this.trustCertificateId = Util.fixEmptyAndTrim(trustCertificateId);
  }

  @CheckForNull
  public String getTrustCertificate() {
    return trustCertificate;
  }

  @DataBoundSetter
  public void setTrustCertificate(@CheckForNull String trustCertificate) {
    this.trustCertificate = Util.fixEmptyAndTrim(trustCertificate);
  }

  @CheckForNull
  public String getApiVersion() {
    return apiVersion;
  }

  @DataBoundSetter
  public void setApiVersion(@CheckForNull String apiVersion) {
    this.apiVersion = Util.fixEmptyAndTrim(apiVersion);
  }

  @CheckForNull
  public Integer getTimeout() {
    return timeout;
  }

  @DataBoundSetter
  public void setTimeout(@CheckForNull Integer timeout) {
    this.timeout = timeout;
  }

  @CheckForNull
  public Integer getRetries() {
    return retries;
  }

  @DataBoundSetter
  public void setRetries(@CheckForNull Integer retries) {
    this.retries = retries;
  }

  @CheckForNull
  public Integer getConcurrency() {
    return concurrency;
  }

  @DataBoundSetter
  public void setConcurrency(@CheckForNull Integer concurrency) {
    this.concurrency = concurrency;
  }

  @CheckForNull
  public String getPolicyId() {
    return policyId;
  }

  @DataBoundSetter
  public void setPolicyId(@CheckForNull String policyId) {
    this.policyId = Util.fixEmptyAndTrim(policyId);
  }

  @CheckForNull
  public String getReportDirectory() {
    return reportDirectory;
  }

  /** Relative to the workspace, and inside it; default {@code commerce}. */
  @DataBoundSetter
  public void setReportDirectory(@CheckForNull String reportDirectory) {
    this.reportDirectory = Util.fixEmptyAndTrim(reportDirectory);
  }
}
