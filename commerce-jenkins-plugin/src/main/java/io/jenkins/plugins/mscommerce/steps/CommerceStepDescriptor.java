package io.jenkins.plugins.mscommerce.steps;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.github.mscommerce.core.frontend.SettingValues;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentials;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.structs.describable.CustomDescribableModel;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * What the descriptors of all {@link CommerceStep}s share: the context a step needs (a workspace, for its reports and
 * the files it reads), list fields that a script may give as text, and the form's lists of credentials, which only those
 * who may use credentials in the job see.
 */
public abstract class CommerceStepDescriptor extends StepDescriptor implements CustomDescribableModel {

  @Override
  public Set<? extends Class<?>> getRequiredContext() {
    return Set.of(Run.class, FilePath.class, EnvVars.class, TaskListener.class);
  }

  /**
   * {@code productIds: 'A,B'} (or {@code productIds: params.IDS}) as well as {@code productIds: ['A', 'B']}: structs binds
   * only a list to a list field, so text for one becomes the one-element list {@code ['A,B']}, which the step splits as
   * it splits every element ({@link CommerceStep#listOf}). This is structs' hook for variant input; the fields stay
   * lists, so the form, the Snippet Generator (which writes lists) and the step reference are unchanged.
   */
  @NonNull
  @Override
  public Map<String, Object> customInstantiate(@NonNull Map<String, Object> arguments) {
    Set<String> lists = listFields();
    Map<String, Object> adjusted = new LinkedHashMap<>(arguments);
    arguments.forEach((name, value) -> {
      if (value instanceof CharSequence && lists.contains(name)) {
        adjusted.put(name, List.of(value.toString()));
      }
    });
    return adjusted;
  }

  /** The step's list fields: its data-bound setters that take a list. */
  Set<String> listFields() {
    return Arrays.stream(clazz.getMethods())
        .filter(method -> method.isAnnotationPresent(DataBoundSetter.class) && method.getName().startsWith("set")
            && method.getParameterCount() == 1 && List.class.isAssignableFrom(method.getParameterTypes()[0]))
        .map(method -> Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4))
        .collect(Collectors.toSet());
  }

  /** Microsoft Entra ID application credentials for {@code credentialsId}. */
  public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
    return credentials(item, EntraAppCredentials.class, credentialsId);
  }

  /** Secret files for {@code trustCertificateId}. */
  public ListBoxModel doFillTrustCertificateIdItems(@AncestorInPath Item item,
      @QueryParameter String trustCertificateId) {
    return credentials(item, FileCredentials.class, trustCertificateId);
  }

  /** For config.jelly: a list field as one line of text, comma-separated, as the form edits it. */
  public String listText(@CheckForNull List<String> values) {
    return SettingValues.text(values).orElse("");
  }

  /**
   * The credentials of {@code type} the job may use, as the credentials plugin asks of a consumer: only for whoever may
   * configure the job (or, outside one, administer Jenkins) or use its credentials; anyone else sees only the current
   * value, so the form reveals no ids.
   */
  static ListBoxModel credentials(@CheckForNull Item item, Class<? extends StandardCredentials> type,
      @CheckForNull String current) {
    StandardListBoxModel model = new StandardListBoxModel();
    boolean mayList = item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
        : item.hasAnyPermission(Item.EXTENDED_READ, CredentialsProvider.USE_ITEM);
    if (mayList) {
      model.includeEmptyValue();
      model.includeMatchingAs(ACL.SYSTEM2, item, type, List.of(), CredentialsMatchers.always());
    }
    model.includeCurrentValue(Util.fixNull(current));
    return model;
  }
}
