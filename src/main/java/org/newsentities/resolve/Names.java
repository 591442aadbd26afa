package org.newsentities.resolve;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Normalization of names for comparison: case, accents, quotes, possessives and spacing. */
public final class Names {

  private Names() {}

  /** "Pakistan’s  Foreign Office" → "pakistan foreign office". */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.replace('\u2019', '\'').replace('\u2018', '\'');
    s = s.replaceAll("'s\\b", "").replaceAll("[\"'`]", "");
    s = s.replaceAll("\\.", "").replaceAll("[^\\p{L}\\p{N}&]+", " ");
    return s.strip().toLowerCase(Locale.ROOT);
  }

  public static List<String> tokens(String name) {
    String key = key(name);
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }

  /**
   * Single spaces between words and no editor's brackets ("Mike [Ruddock]"), as a display name;
   * the spaces that KBP-style tokenized text puts inside a name are taken out: "Jean - Claude
   * Juncker" is shown as "Jean-Claude Juncker", "Renee ( Mack ) Baumgartner" as "Renee (Mack)
   * Baumgartner".
   */
  public static String display(String text) {
    String s = text.replaceAll("[\\[\\]]", "").strip().replaceAll("\\s+", " ");
    return s.replaceAll("(?<=\\p{L}) - (?=\\p{Lu})", "-").replace("( ", "(").replace(" )", ")");
  }
}
