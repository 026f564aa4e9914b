package io.github.mscommerce.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Core's packages import downwards only (root ← internal, json, http ← auth ← client ← plan ← gate, report ←
 * frontend): a cycle would mean two packages that can only be understood together.
 */
public class PackageDependenciesTest {

  private static final String BASE = "io.github.mscommerce.core";
  private static final Path SOURCES = Path.of("src/main/java/io/github/mscommerce/core");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(" + Pattern.quote(BASE)
      + "(?:\\.[a-z]+)?)\\.[A-Z]", Pattern.MULTILINE);

  /** Package → the core packages it imports. */
  private static Map<String, Set<String>> imports() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String relative = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        String pkg = relative.isEmpty() ? BASE : BASE + "." + relative;
        Set<String> targets = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!matcher.group(1).equals(pkg)) {
            targets.add(matcher.group(1));
          }
        }
      }
    }
    return graph;
  }

  @Test
  public void corePackages_haveNoImportCycle() throws IOException {
    Map<String, Set<String>> graph = imports();
    assertTrue(graph.toString(), graph.size() >= 9);
    List<String> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (reaches(graph, start, start, new HashSet<>())) {
        cycles.add(start);
      }
    }
    assertEquals("packages on an import cycle: " + graph, List.of(), cycles);
  }

  @Test
  public void theRootApi_importsNoOtherCorePackageButInternal() throws IOException {
    Set<String> rootImports = imports().get(BASE);
    rootImports.remove(BASE + ".internal");
    assertEquals(Set.of(), rootImports);
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
    for (String next : graph.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(graph, next, target, seen))) {
        return true;
      }
    }
    return false;
  }
}
