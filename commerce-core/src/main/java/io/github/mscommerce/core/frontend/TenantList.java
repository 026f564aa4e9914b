package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.internal.SettingFile;
import io.github.mscommerce.core.internal.TenantNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code commerce.tenants}: tenant GUIDs or domains, separated by commas (a Pipeline list arrives so), or
 * {@code @file} naming a file read where the front end sees files, one tenant a line, {@code #} starting a comment and
 * blank lines ignored. Every entry is checked here, before any request: its form (as {@link SettingChecks#tenantId}
 * checks a tenant id), and that no tenant is listed twice in any spelling; each message names the file and line.
 */
final class TenantList {

  /** A hundred thousand tenants with comments fit many times over; a larger file is the wrong file. */
  static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  private final String setting;
  private final PathResolver files;
  private final Suggestions suggestions;
  private final Map<String, TenantEntry> entries = new LinkedHashMap<>();

  private TenantList(String setting, PathResolver files, Suggestions suggestions) {
    this.setting = setting;
    this.files = files;
    this.suggestions = suggestions;
  }

  /**
   * @param value the setting's text, already trimmed
   * @return the tenants in the order listed, each once
   * @throws InvalidSettingsException naming the setting, and the file and line for a file's entries
   */
  static List<TenantEntry> read(String value, String setting, PathResolver files, Suggestions suggestions) {
    TenantList list = new TenantList(setting, files, suggestions);
    for (String element : SEPARATORS.split(value.trim())) {
      if (element.startsWith("@")) {
        list.readFile(element.substring(1));
      } else if (!element.isEmpty()) {
        list.add(element, setting, false);
      }
    }
    if (list.entries.isEmpty()) {
      throw new InvalidSettingsException(suggestions.noTenantListed(setting));
    }
    return List.copyOf(list.entries.values());
  }

  private void readFile(String path) {
    if (path.isBlank()) {
      throw new InvalidSettingsException(suggestions.tenantFileNotNamed(setting));
    }
    String text = SettingFile.text(files, path, setting, MAX_FILE_BYTES);
    String name = files.describe(path);
    boolean listsATenant = false;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int comment = line.indexOf('#');
      String tenant = (comment >= 0 ? line.substring(0, comment) : line).trim();
      if (tenant.isEmpty()) {
        continue;
      }
      String where = name + ":" + (i + 1);
      if (SEPARATORS.matcher(tenant).find()) {
        throw new InvalidSettingsException(suggestions.oneTenantALine(where, tenant)).forSetting(setting);
      }
      add(tenant, where, true);
      listsATenant = true;
    }
    if (!listsATenant) {
      throw new InvalidSettingsException(suggestions.tenantFileEmpty(name)).forSetting(setting);
    }
  }

  private void add(String tenant, String where, boolean inFile) {
    String prefix = inFile ? where + ": " : "";
    if (TenantNames.isSignInAudience(tenant)) {
      throw new InvalidSettingsException(prefix + TenantNames.audienceIsNoTenant(tenant) + ".").forSetting(setting);
    }
    try {
      SettingChecks.tenantId(tenant);
    } catch (InvalidSettingsException e) {
      throw new InvalidSettingsException(prefix + e.reason()).forSetting(setting);
    }
    TenantEntry entry = new TenantEntry(tenant, where);
    TenantEntry first = entries.putIfAbsent(entry.key(), entry);
    if (first != null) {
      throw new InvalidSettingsException(prefix + suggestions.tenantListedTwice(tenant,
          Optional.of(first.source()).filter(source -> !source.equals(setting)))).forSetting(setting);
    }
  }

  /** For messages that list what a run covers. */
  static String count(List<TenantEntry> tenants) {
    return tenants.size() + (tenants.size() == 1 ? " tenant" : " tenants");
  }
}
