package org.newsentities.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap check that an article is English, which is all our models know. It looks at the first
 * few thousand characters only: the share of letters outside the Latin script, and how many words
 * are frequent function words of English versus of six other European languages. English news text
 * has a quarter or more of its words in the English list; text in another language has almost
 * none. Short texts (under 20 words) are not judged.
 */
public final class LanguageGuesser {

  private static final int SAMPLE_CHARS = 3000;
  private static final int MIN_WORDS = 20;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Function words, chosen so that none is also a frequent English word. */
  private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

  static {
    FUNCTION_WORDS.put("English", Set.of("the", "and", "of", "to", "is", "that", "for", "with",
        "was", "on", "are", "this", "by", "from", "have", "has", "it", "at", "be", "which", "an",
        "were", "said", "will", "not", "but", "they", "their", "he", "she", "his", "her", "would"));
    FUNCTION_WORDS.put("German", Set.of("der", "und", "das", "ist", "nicht", "mit", "den", "von",
        "zu", "ein", "eine", "sich", "auf", "für", "dem", "des", "auch", "wird", "wurde", "sie",
        "im", "nach", "bei", "aus", "einen", "einer", "sind", "hat"));
    FUNCTION_WORDS.put("French", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "dans",
        "que", "pour", "qui", "pas", "sur", "au", "avec", "il", "sont", "ce", "aux", "par", "mais",
        "été", "elle", "leur"));
    FUNCTION_WORDS.put("Spanish", Set.of("el", "los", "las", "del", "y", "en", "una", "por", "con",
        "para", "es", "se", "al", "lo", "como", "pero", "más", "su", "fue", "que", "ha"));
    FUNCTION_WORDS.put("Italian", Set.of("il", "di", "che", "della", "per", "una", "sono", "del",
        "non", "con", "gli", "nel", "alla", "anche", "è", "si", "ha", "delle", "dei"));
    FUNCTION_WORDS.put("Portuguese", Set.of("os", "da", "do", "das", "dos", "que", "em", "uma",
        "para", "com", "não", "por", "mais", "foi", "ao", "se", "na", "no", "é"));
    FUNCTION_WORDS.put("Dutch", Set.of("de", "het", "een", "van", "en", "dat", "niet", "zijn", "op",
        "voor", "met", "ook", "als", "aan", "er", "maar", "om", "wordt", "werd", "heeft"));
  }

  private LanguageGuesser() {}

  /** A warning when {@code text} does not look like English; empty when it does or is too short. */
  public static Optional<String> warning(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Optional<String> script = nonLatinScript(sample);
    if (script.isPresent()) {
      return Optional.of("not English: written mostly in " + script.get()
          + " script; entities and dates will be poor");
    }
    Map<String, Integer> hits = new LinkedHashMap<>();
    int words = 0;
    Matcher m = WORD.matcher(sample);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      words++;
      FUNCTION_WORDS.forEach((language, list) -> {
        if (list.contains(word)) {
          hits.merge(language, 1, Integer::sum);
        }
      });
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    double english = hits.getOrDefault("English", 0) / (double) words;
    String best = "English";
    double bestShare = english;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      double share = e.getValue() / (double) words;
      if (share > bestShare) {
        best = e.getKey();
        bestShare = share;
      }
    }
    if (english < 0.08 && !best.equals("English") && bestShare >= 0.1) {
      return Optional.of(String.format(Locale.ROOT,
          "not English: looks like %s (%.0f%% %s function words, %.0f%% English); entities and "
              + "dates will be poor", best, 100 * bestShare, best, 100 * english));
    }
    return Optional.empty();
  }

  private static Optional<String> nonLatinScript(String sample) {
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (letters < 50) {
      return Optional.empty();
    }
    int latin = scripts.getOrDefault(UnicodeScript.LATIN, 0);
    if (latin * 2 >= letters) {
      return Optional.empty();
    }
    UnicodeScript top = scripts.entrySet().stream()
        .filter(e -> e.getKey() != UnicodeScript.LATIN)
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String name = top.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Optional.of(Character.toUpperCase(name.charAt(0)) + name.substring(1));
  }
}
