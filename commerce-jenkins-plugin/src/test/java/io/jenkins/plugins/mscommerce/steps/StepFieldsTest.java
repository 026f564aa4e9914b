package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.frontend.Goals;
import io.github.mscommerce.core.frontend.PropertyNames;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every field of every step is what the Maven parameter of that name is (or one of the few that only Jenkins has), has a
 * data-bound getter (which the Snippet Generator and configuration round trips need), a help file, and a place in the
 * step's form. What only a real Jenkins can check (the forms as rendered, data binding) is in the JenkinsRule tests.
 */
public class StepFieldsTest {

  static final List<Class<? extends CommerceStep>> STEPS = List.of(PoliciesStep.class, PolicyStep.class,
      ProductPoliciesStep.class, ProductPolicyStep.class, UpdateProductPolicyStep.class, VerifyPolicyStep.class,
      ApplyPolicyStep.class, ExportPolicyStep.class);

  /** Fields that are not core settings: Jenkins credentials ids, and the gate's build result. */
  private static final Set<String> JENKINS_ONLY = Set.of("credentialsId", "trustCertificateId", "unstable");

  /** Script-only: the cmdlet's -Enabled alias, which the form leaves to its value list. */
  private static final Set<String> NOT_IN_FORM = Set.of("enabled");

  static List<String> fields(Class<?> step) {
    Set<String> names = new LinkedHashSet<>();
    for (Constructor<?> constructor : step.getConstructors()) {
      if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
        for (Parameter parameter : constructor.getParameters()) {
          names.add(parameter.getName());
        }
      }
    }
    for (Method method : step.getMethods()) {
      if (method.isAnnotationPresent(DataBoundSetter.class)) {
        names.add(Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4));
      }
    }
    return new ArrayList<>(names);
  }

  @Test
  public void everyField_isACoreSettingOrJenkinsOwn() {
    for (Class<? extends CommerceStep> step : STEPS) {
      for (String field : fields(step)) {
        assertTrue(step.getSimpleName() + "." + field,
            JENKINS_ONLY.contains(field) || PropertyNames.all().contains("commerce." + field));
      }
    }
  }

  @Test
  public void everyField_hasADataBoundGetter() throws Exception {
    for (Class<? extends CommerceStep> step : STEPS) {
      for (String field : fields(step)) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        Method getter = findGetter(step, suffix);
        assertNotNull(step.getSimpleName() + " has no getter for " + field, getter);
      }
    }
  }

  @Test
  public void everyField_hasAHelpFileAndEveryStepAFormAndHelp() throws IOException {
    for (Class<? extends CommerceStep> step : STEPS) {
      assertNotNull(step.getSimpleName() + "/config.jelly", resource(step, "config.jelly"));
      assertNotNull(step.getSimpleName() + "/help.html", step.getResource(step.getSimpleName() + "/help.html"));
      for (String field : fields(step)) {
        assertNotNull(step.getSimpleName() + ": help-" + field + ".html", resource(step, "help-" + field + ".html"));
      }
    }
  }

  @Test
  public void everyField_isInItsStepsForm() throws IOException {
    for (Class<? extends CommerceStep> step : STEPS) {
      String form = text(step, step.getSimpleName() + "/config.jelly") + text(CommerceStep.class,
          "CommerceStep/connection.jelly") + (SelectionStep.class.isAssignableFrom(step)
              ? text(SelectionStep.class, "SelectionStep/selection.jelly") : "");
      for (String field : fields(step)) {
        if (!NOT_IN_FORM.contains(field)) {
          assertTrue(step.getSimpleName() + "'s form lacks " + field, form.contains("field=\"" + field + "\""));
        }
      }
    }
  }

  @Test
  public void functionNames_areCoresStepNamesOnePerGoal() {
    List<String> names = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    names.add(new PoliciesStep.DescriptorImpl().getFunctionName());
    names.add(new PolicyStep.DescriptorImpl().getFunctionName());
    names.add(new ProductPoliciesStep.DescriptorImpl().getFunctionName());
    names.add(new ProductPolicyStep.DescriptorImpl().getFunctionName());
    names.add(new UpdateProductPolicyStep.DescriptorImpl().getFunctionName());
    names.add(new VerifyPolicyStep.DescriptorImpl().getFunctionName());
    names.add(new ApplyPolicyStep.DescriptorImpl().getFunctionName());
    names.add(new ExportPolicyStep.DescriptorImpl().getFunctionName());
    for (String goal : Goals.all()) {
      goals.add(Goals.step(goal).orElseThrow());
    }
    assertEquals(goals, names);
    assertEquals(List.of(Goals.POLICIES, Goals.POLICY, Goals.PRODUCTS, Goals.PRODUCT, Goals.UPDATE_POLICY,
        Goals.VERIFY_POLICY, Goals.APPLY, Goals.EXPORT), List.of(new PoliciesStep().goal(), new PolicyStep().goal(),
        new ProductPoliciesStep().goal(), new ProductPolicyStep().goal(), new UpdateProductPolicyStep().goal(),
        new VerifyPolicyStep().goal(), new ApplyPolicyStep("x").goal(), new ExportPolicyStep().goal()));
  }

  private static Method findGetter(Class<?> step, String suffix) {
    for (String prefix : new String[] {"get", "is"}) {
      try {
        return step.getMethod(prefix + suffix);
      } catch (NoSuchMethodException e) {
        // try the next prefix
      }
    }
    return null;
  }

  /** A resource of the class's own folder or of a superclass's, as Jenkins looks help files up. */
  private static java.net.URL resource(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      java.net.URL url = c.getResource(c.getSimpleName() + "/" + name);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  private static String text(Class<?> anchor, String path) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(path)) {
      assertNotNull(path, in);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
