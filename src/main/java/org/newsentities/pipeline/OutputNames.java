package org.newsentities.pipeline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsentities.output.JsonArticleWriter;

/**
 * Gives every article of a run its own output name: the id made file-safe, and {@code id-2},
 * {@code id-3}… for later articles with the same id (names are compared ignoring case, for
 * case-insensitive file systems). The names of the run's own files are reserved. Input order is
 * deterministic, so a re-run gives every article the same name again. Holds one entry per article.
 */
final class OutputNames {

  /** A name and, when it is not the article's own, why. */
  record Assigned(String name, Optional<String> warning) {}

  private final Map<String, String> firstSeen = new HashMap<>();

  OutputNames() {
    for (String reserved : new String[] {"summary", "manifest", "errors"}) {
      firstSeen.put(reserved, "the run's " + reserved + " file");
    }
  }

  Assigned assign(String id, String origin) {
    String base = JsonArticleWriter.fileNameFor(id);
    String candidate = base;
    String clash = null;
    for (int k = 2; firstSeen.putIfAbsent(candidate.toLowerCase(Locale.ROOT), origin) != null; k++) {
      if (clash == null) {
        clash = firstSeen.get(candidate.toLowerCase(Locale.ROOT));
      }
      candidate = base + "-" + k;
    }
    if (clash == null) {
      return new Assigned(candidate, Optional.empty());
    }
    return new Assigned(candidate, Optional.of("duplicate output name '" + base + "' (also used by "
        + clash + "); this article is written as '" + candidate + "'"));
  }
}
