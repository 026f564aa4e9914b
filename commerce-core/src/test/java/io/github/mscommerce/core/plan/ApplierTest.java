package io.github.mscommerce.core.plan;

import static io.github.mscommerce.core.PolicyValue.DISABLED;
import static io.github.mscommerce.core.PolicyValue.ENABLED;
import static io.github.mscommerce.core.PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.plan.ItemOutcome.Status;
import io.github.mscommerce.core.testing.TestItems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** What apply refuses before any request; what it sends is tested against the emulator in {@code ApplierIT}. */
public class ApplierTest {

  /** Fails the test if apply gets as far as asking for a token, the first step of any request. */
  private static final TokenCredential NO_REQUESTS = new TokenCredential() {
    @Override
    public AccessToken token(boolean forceRefresh) {
      throw new AssertionError("a request was about to be sent");
    }

    @Override
    public String description() {
      return "no requests";
    }
  };

  private final CommerceClient client = CommerceClient.builder()
      .endpoint(URI.create("https://127.0.0.1:9")).credential(NO_REQUESTS).build();

  @Test
  public void apply_concurrencyZero_throwsBeforeAnyRequest() {
    Plan plan = Planner.plan(List.copyOf(TestItems.products(ENABLED)), DISABLED);

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> new Applier(event -> {}).apply(client, plan, 0));

    assertEquals(Suggestions.generic().concurrencyOutOfRange(0, 64, 8), e.getMessage());
  }

  @Test
  public void apply_concurrencyAbove64_throwsBeforeAnyRequest() {
    Plan plan = Planner.plan(List.copyOf(TestItems.products(ENABLED)), DISABLED);

    assertThrows(InvalidSettingsException.class, () -> new Applier(event -> {}).apply(client, plan, 65));
  }

  @Test
  public void apply_planWithInvalidItems_isRefusedListingEveryOne() {
    DesiredState desired = new DesiredState(null, Optional.empty(),
        Map.of("CFQ7TTC0AAAA", DISABLED, TestItems.COPILOT, DISABLED),
        Map.of("SaaS", ONLY_TRIALS_WITHOUT_PAYMENT_METHOD));
    Plan plan = Planner.plan(desired, TestItems.products(ENABLED), TestItems.offerTypes(ENABLED));

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> new Applier(event -> {}).apply(client, plan, 8));

    assertThat(e.getMessage(), containsString("Nothing was applied: the plan has 2 invalid items."));
    assertThat(e.getMessage(), containsString("No product 'CFQ7TTC0AAAA'"));
    assertThat(e.getMessage(), containsString(Suggestions.generic().trialsOnlyForOfferType("SaaS")));
  }

  @Test
  public void apply_planForAnotherPolicy_isRefused() {
    Plan plan = new Plan("SomeOtherPolicy", List.of());

    assertThrows(InvalidSettingsException.class, () -> new Applier(event -> {}).apply(client, plan));
  }

  @Test
  public void apply_onlyUnchangedItems_sendsNothingAndRecordsTheBeforeState() {
    Plan plan = Planner.plan(List.copyOf(TestItems.products(ENABLED)), ENABLED);

    ApplyResult result = new Applier(event -> {}).apply(client, plan);

    assertEquals(plan.items().size(), result.count(Status.UNCHANGED));
    assertEquals(plan.items().size(), result.beforeState().products().size());
    assertEquals(Optional.empty(), result.beforeState().defaultValue());
  }
}
