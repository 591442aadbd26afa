package org.newsentities.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;

/**
 * Aliases an article defines with brackets: "Trade and Investment Framework (TIFA)" makes TIFA a
 * name of the Trade and Investment Framework, and "TIFA (Trade and Investment Framework)" too; so
 * do acronyms that are not the initials of the name.
 */
final class AcronymAliasFinder {

  /** Normalized short name → normalized full name. */
  Map<String, String> aliases(String text, List<EntitySpan> spans) {
    List<EntitySpan> orgs = spans.stream().filter(s -> s.type() == EntityType.ORGANIZATION)
        .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    Map<String, String> aliases = new LinkedHashMap<>();
    for (int i = 0; i + 1 < orgs.size(); i++) {
      EntitySpan a = orgs.get(i);
      EntitySpan b = orgs.get(i + 1);
      if (!text.substring(a.end(), b.start()).strip().equals("(")
          || !text.substring(b.end()).stripLeading().startsWith(")")) {
        continue;
      }
      EntitySpan acronym = isAcronym(b.text()) ? b : isAcronym(a.text()) ? a : null;
      if (acronym != null) {
        EntitySpan full = acronym == b ? a : b;
        aliases.put(Names.key(acronym.text()), Names.key(full.text()));
      }
    }
    return aliases;
  }

  private static boolean isAcronym(String name) {
    String letters = name.replaceAll("[^\\p{L}]", "");
    return !name.contains(" ") && letters.length() >= 2 && letters.equals(letters.toUpperCase());
  }
}
