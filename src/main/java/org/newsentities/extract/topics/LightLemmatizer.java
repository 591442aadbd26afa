package org.newsentities.extract.topics;

import java.util.Map;
import java.util.Set;

/**
 * A deliberately simple English normalizer for topic features and keyphrase statistics: plural and
 * -ed/-ing endings are cut by rule, so "attacks", "attacked" and "attacking" all become "attack".
 * It runs without CoreNLP, so the trainer and the runtime compute exactly the same features from
 * the same text; that consistency matters more here than producing dictionary lemmas ("taxes" →
 * "tax" but "voting" → "vot" is fine as long as both sides agree).
 */
public final class LightLemmatizer {

  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
      Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"),
      Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"),
      Map.entry("leaves", "leaf"), Map.entry("thieves", "thief"), Map.entry("wolves", "wolf"),
      Map.entry("halves", "half"), Map.entry("shelves", "shelf"), Map.entry("crises", "crisis"),
      Map.entry("analyses", "analysis"), Map.entry("theses", "thesis"), Map.entry("data", "datum"),
      Map.entry("media", "media"), Map.entry("criteria", "criterion"),
      Map.entry("phenomena", "phenomenon"), Map.entry("won", "win"), Map.entry("wins", "win"),
      Map.entry("winning", "win"), Map.entry("ran", "run"), Map.entry("running", "run"),
      Map.entry("shot", "shoot"), Map.entry("shooting", "shoot"), Map.entry("fought", "fight"),
      Map.entry("killed", "kill"), Map.entry("held", "hold"), Map.entry("sold", "sell"),
      Map.entry("bought", "buy"), Map.entry("taught", "teach"), Map.entry("struck", "strike"),
      Map.entry("striking", "strike"), Map.entry("strikes", "strike"), Map.entry("led", "lead"),
      Map.entry("beat", "beat"), Map.entry("beaten", "beat"), Map.entry("chose", "choose"),
      Map.entry("chosen", "choose"), Map.entry("elected", "elect"), Map.entry("voted", "vote"),
      Map.entry("voting", "vote"), Map.entry("votes", "vote"));

  /** Words an "s"-rule would spoil: singular nouns ending in s, and forms that mean something else. */
  private static final Set<String> KEEP = Set.of(
      "news", "series", "species", "physics", "economics", "politics", "athletics", "gymnastics",
      "olympics", "aids", "bus", "gas", "yes", "this", "his", "its", "was", "has", "does", "is",
      "us", "thus", "plus", "bonus", "virus", "census", "campus", "status", "focus", "consensus",
      "chaos", "lens", "arms", "means", "bias", "atlas", "alias", "canvas", "christmas", "texas",
      "paris", "wales", "tennis", "dallas", "athens", "brussels", "los", "kansas", "lewis",
      "james", "jones", "davis", "williams", "hughes", "charles", "thomas", "nicholas", "mars",
      "venus", "chess", "less", "unless", "across", "always", "perhaps", "whereas", "towards");

  private LightLemmatizer() {}

  /** The normalized form of one lower-case word. */
  public static String lemma(String lowerWord) {
    String w = lowerWord;
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() <= 3 || KEEP.contains(w) || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    w = plural(w);
    if (w.endsWith("ing") && w.length() >= 7) {
      return undouble(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("ied") && w.length() >= 6) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ed") && w.length() >= 6 && !w.endsWith("eed")) {
      String stem = w.substring(0, w.length() - 2);
      // "decided" → "decide", "attacked" → "attack": keep a silent e after a consonant-vowel-consonant-ish stem.
      return stem.endsWith("at") || stem.endsWith("iz") || stem.endsWith("id") || stem.endsWith("ur")
          || stem.endsWith("os") || stem.endsWith("us") || stem.endsWith("ov") || stem.endsWith("iv")
          || stem.endsWith("nc") || stem.endsWith("rg") || stem.endsWith("dg")
          ? stem + "e"
          : undouble(stem);
    }
    return w;
  }

  private static String plural(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
        || w.endsWith("zzes") || w.endsWith("oes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !w.endsWith("'s")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String undouble(String stem) {
    int n = stem.length();
    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2)
        && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }
}
