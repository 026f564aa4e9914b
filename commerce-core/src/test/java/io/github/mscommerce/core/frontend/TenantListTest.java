package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.testing.TestFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code commerce.tenants}, checked before any request: every entry, every duplicate, at its file and line. */
public class TenantListTest {

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private static final Suggestions SUGGESTIONS = TestFrontEnd.maven().suggestions();

  private List<TenantEntry> read(String value) {
    return TenantList.read(value, "commerce.tenants", LocalPaths.in(folder.getRoot().toPath(), "the project directory"),
        SUGGESTIONS);
  }

  private String error(String value) {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> read(value));
    assertTrue(e.getMessage(), e.getMessage().startsWith("commerce.tenants"));
    return e.getMessage();
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(folder.getRoot().toPath().resolve(name), text);
  }

  private static List<String> tenants(List<TenantEntry> entries) {
    return entries.stream().map(TenantEntry::tenant).collect(Collectors.toList());
  }

  @Test
  public void read_commaSeparated_inOrder_blanksDropped() {
    assertEquals(List.of("contoso.onmicrosoft.com", "72f988bf-86f1-41af-91ab-2d7cd011db47", "fabrikam.onmicrosoft.com"),
        tenants(read(" contoso.onmicrosoft.com, 72f988bf-86f1-41af-91ab-2d7cd011db47,,fabrikam.onmicrosoft.com ")));
  }

  @Test
  public void read_fileOfOneTenantALine_ignoresCommentsAndBlankLines_andKnowsEachLine() throws IOException {
    file("tenants.txt", "# customers of the EU shard\r\ncontoso.onmicrosoft.com\n\n  fabrikam.onmicrosoft.com   # new\n");

    List<TenantEntry> entries = read("@tenants.txt");

    assertEquals(List.of("contoso.onmicrosoft.com", "fabrikam.onmicrosoft.com"), tenants(entries));
    assertEquals(folder.getRoot().toPath().resolve("tenants.txt") + ":4", entries.get(1).source());
  }

  @Test
  public void read_filesAndTenantsTogether_areOneList() throws IOException {
    file("a.txt", "contoso.onmicrosoft.com\n");

    assertEquals(List.of("fabrikam.onmicrosoft.com", "contoso.onmicrosoft.com"),
        tenants(read("fabrikam.onmicrosoft.com,@a.txt")));
  }

  @Test
  public void read_badEntryInAFile_namesTheFileAndLine() throws IOException {
    Path list = file("tenants.txt", "contoso.onmicrosoft.com\n# next one is wrong\nfabrikam..onmicrosoft.com!\n");

    assertEquals("commerce.tenants: " + list + ":3: 'fabrikam..onmicrosoft.com!' is not a tenant id: give a GUID "
        + "such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a domain such as contoso.onmicrosoft.com.",
        error("@tenants.txt"));
  }

  @Test
  public void read_twoTenantsOnALine_isRefused() throws IOException {
    Path list = file("tenants.txt", "contoso.onmicrosoft.com fabrikam.onmicrosoft.com\n");

    assertEquals("commerce.tenants: " + list + ":1: 'contoso.onmicrosoft.com fabrikam.onmicrosoft.com' is more than "
        + "one word: write one tenant GUID or domain a line ('#' starts a comment).", error("@tenants.txt"));
  }

  @Test
  public void read_sameTenantInTwoCasings_isADuplicateNamingBothLines() throws IOException {
    Path list = file("tenants.txt", "contoso.onmicrosoft.com\nfabrikam.onmicrosoft.com\nContoso.onmicrosoft.com\n");

    assertEquals("commerce.tenants: " + list + ":3: 'Contoso.onmicrosoft.com' is listed twice (first at " + list
        + ":1): list each tenant once.", error("@tenants.txt"));
  }

  @Test
  public void read_duplicateInTheSetting_isNamed() {
    assertEquals("commerce.tenants: '72F988BF-86F1-41AF-91AB-2D7CD011DB47' is listed twice: list each tenant once.",
        error("72f988bf-86f1-41af-91ab-2d7cd011db47,72F988BF-86F1-41AF-91AB-2D7CD011DB47"));
  }

  @Test
  public void read_signInAudience_isNoTenant() {
    assertEquals("commerce.tenants: 'organizations' is a sign-in audience, not a tenant: name each tenant by its GUID "
        + "or its domain, such as contoso.onmicrosoft.com.", error("contoso.onmicrosoft.com,organizations"));
  }

  @Test
  public void read_missingFile_saysWhereRelativePathsStart() {
    String message = error("@shards/eu.txt");

    assertEquals("commerce.tenants: there is no file " + folder.getRoot().toPath().resolve("shards/eu.txt")
        + ". Check the path (a relative path starts in the project directory " + folder.getRoot().toPath()
        + "), and that the file exists on the machine that reads it.", message);
  }

  @Test
  public void read_fileOfCommentsOnly_listsNoTenant() throws IOException {
    Path list = file("tenants.txt", "# nobody yet\n\n");

    assertEquals("commerce.tenants: " + list + " lists no tenant, only comments and blank lines: write one tenant "
        + "GUID or domain a line.", error("@tenants.txt"));
  }

  @Test
  public void read_atSignAlone_namesNoFile() {
    assertEquals(SUGGESTIONS.tenantFileNotNamed("commerce.tenants"), error("@"));
  }

  @Test
  public void read_onlySeparators_namesNoTenant() {
    assertEquals(SUGGESTIONS.noTenantListed("commerce.tenants"), error(" , ,"));
  }

  @Test
  public void entry_listedGuid_isKnownBeforeSignIn_aDomainsIsNot() {
    List<TenantEntry> entries = read("72F988BF-86F1-41AF-91AB-2D7CD011DB47,contoso.onmicrosoft.com");

    assertEquals(Optional.of("72f988bf-86f1-41af-91ab-2d7cd011db47"), entries.get(0).listedGuid());
    assertEquals(Optional.empty(), entries.get(1).listedGuid());
  }
}
