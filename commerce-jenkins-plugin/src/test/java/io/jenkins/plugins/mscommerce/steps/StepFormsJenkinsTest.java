package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;

import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.mscommerce.testing.TestSecretFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/**
 * The permission check of every form method of the steps: the credential lists show ids only to whoever may configure
 * the job (or, outside one, administer Jenkins) or use its credentials; anyone else sees only the current value.
 */
@SuppressWarnings("try") // ACLContext resources only scope the user
public class StepFormsJenkinsTest {

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private WorkflowJob job;

  @Before
  public void setUp() throws Exception {
    EmulatorPipelines pipelines = new EmulatorPipelines(r);
    pipelines.addDemoApp();
    pipelines.add(new TestSecretFile("emulator-ca", "ca.pem", "pem".getBytes(StandardCharsets.UTF_8)));
    job = r.createProject(WorkflowJob.class, "gate");
    r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
    r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
        .grant(Jenkins.ADMINISTER).everywhere().to("admin")
        .grant(Jenkins.READ, Item.READ, Item.CONFIGURE).everywhere().to("developer")
        .grant(Jenkins.READ, Item.READ).everywhere().to("reader"));
  }

  private static CommerceStepDescriptor descriptor() {
    return Jenkins.get().getDescriptorByType(VerifyPolicyStep.DescriptorImpl.class);
  }

  private static ACLContext as(String user) {
    return ACL.as2(User.getById(user, true).impersonate2());
  }

  private static List<String> values(ListBoxModel model) {
    return model.stream().map(option -> option.value).collect(Collectors.toList());
  }

  @Test
  public void fillCredentialsIdItemsAsAdministratorOutsideAJob() {
    try (ACLContext ignored = as("admin")) {
      assertEquals(List.of("", EmulatorPipelines.CREDENTIALS_ID), values(descriptor().doFillCredentialsIdItems(null, "")));
    }
  }

  @Test
  public void fillCredentialsIdItemsOutsideAJobAsUnauthorizedUser() {
    try (ACLContext ignored = as("developer")) {
      assertEquals(List.of("current"), values(descriptor().doFillCredentialsIdItems(null, "current")));
    }
  }

  @Test
  public void fillCredentialsIdItemsInAJobAsItsConfigurer() {
    try (ACLContext ignored = as("developer")) {
      assertEquals(List.of("", EmulatorPipelines.CREDENTIALS_ID), values(descriptor().doFillCredentialsIdItems(job, "")));
    }
  }

  @Test
  public void fillCredentialsIdItemsInAJobAsUnauthorizedUser() {
    try (ACLContext ignored = as("reader")) {
      assertEquals(List.of("current"), values(descriptor().doFillCredentialsIdItems(job, "current")));
    }
  }

  @Test
  public void fillTrustCertificateIdItemsListsSecretFilesOnlyForTheJobsConfigurer() {
    try (ACLContext ignored = as("developer")) {
      assertEquals(List.of("", "emulator-ca"), values(descriptor().doFillTrustCertificateIdItems(job, "")));
    }
    try (ACLContext ignored = as("reader")) {
      assertEquals(List.of("x"), values(descriptor().doFillTrustCertificateIdItems(job, "x")));
    }
  }

  /** Core's values are constants: anyone who sees the form may see them. */
  @Test
  public void fillValueItemsAsAnyone() {
    UpdateProductPolicyStep.DescriptorImpl update =
        Jenkins.get().getDescriptorByType(UpdateProductPolicyStep.DescriptorImpl.class);
    try (ACLContext ignored = as("reader")) {
      assertEquals(List.of("", "Enabled", "Disabled", "OnlyTrialsWithoutPaymentMethod"),
          values(update.doFillValueItems()));
    }
  }

  /** The build step lists exactly the two steps it can run. */
  @Test
  public void builderOffersTheGateAndTheUpdate() {
    PolicyBuilder.DescriptorImpl builder = Jenkins.get().getDescriptorByType(PolicyBuilder.DescriptorImpl.class);

    assertEquals(List.of(VerifyPolicyStep.class, UpdateProductPolicyStep.class),
        builder.getStepDescriptors().stream().map(d -> d.clazz).collect(Collectors.toList()));
  }
}
