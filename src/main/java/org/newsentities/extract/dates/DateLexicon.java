package org.newsentities.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsentities.config.Resources;

/**
 * The words of date expressions ({@code models/dates/lexicon.tsv}): month and weekday names, units,
 * number words, and so on, each class with its values. Every class is also a regex macro
 * ({@code %MONTH}) for the patterns.
 */
public final class DateLexicon {

  public static final String DEFAULT_LOCATION = "models/dates/lexicon.tsv";

  private final Map<String, Map<String, String>> classes;

  DateLexicon(Map<String, Map<String, String>> classes) {
    this.classes = classes;
  }

  public static DateLexicon load(String location) {
    Map<String, Map<String, String>> classes = new LinkedHashMap<>();
    for (String line : Resources.lines(location)) {
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalArgumentException(location + ": expected class, word, value: " + line);
      }
      classes.computeIfAbsent(cols[0].strip(), k -> new LinkedHashMap<>())
          .put(cols[1].strip().toLowerCase(Locale.ROOT), cols[2].strip());
    }
    return new DateLexicon(classes);
  }

  /** The value of {@code word} in {@code clazz}; units also match their plural. */
  public Optional<String> value(String clazz, String word) {
    Map<String, String> words = classes.getOrDefault(clazz, Map.of());
    String w = word.toLowerCase(Locale.ROOT).strip();
    String v = words.get(w);
    if (v == null && clazz.equals("unit")) {
      v = words.get(singular(w));
    }
    return Optional.ofNullable(v);
  }

  /** The regex alternation of a class's words (units with plurals), longest first. */
  public String macro(String clazz) {
    Map<String, String> words = classes.get(clazz);
    if (words == null) {
      throw new IllegalArgumentException("no word class " + clazz + " in the date lexicon");
    }
    List<String> forms = new ArrayList<>();
    for (String w : words.keySet()) {
      forms.add(w);
      if (clazz.equals("unit")) {
        forms.add(plural(w));
      }
    }
    forms.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < forms.size(); i++) {
      sb.append(i == 0 ? "" : "|").append(Pattern.quote(forms.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    return sb.append(")").toString();
  }

  /** Every class name, for macro expansion. */
  public Map<String, String> macros() {
    Map<String, String> macros = new HashMap<>();
    for (String clazz : classes.keySet()) {
      macros.put(clazz.toUpperCase(Locale.ROOT), macro(clazz));
    }
    return macros;
  }

  static String plural(String unit) {
    return unit.endsWith("y") && !unit.endsWith("ay") ? unit.substring(0, unit.length() - 1) + "ies"
        : unit + "s";
  }

  static String singular(String word) {
    if (word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }
}
