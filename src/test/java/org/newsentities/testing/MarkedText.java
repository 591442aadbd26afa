package org.newsentities.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.Token;

/**
 * Builds an {@link AnnotatedText} by hand for unit tests that run without CoreNLP models. Entities
 * are marked inline with the NER tag the tagger would give them, and may be wrong on purpose:
 * {@code "the US delegation will be headed by Acting Coordinator for [PER Counterterrorism
 * Christopher Landberg] ."}. Tokens are split at spaces and punctuation; part-of-speech tags and
 * lemmas come from a small table of function words and verbs (capitalized words are NNP, other
 * words NN), which is all the title patterns read. Sentences end at ".", "?" and "!" tokens.
 */
public final class MarkedText {

  private static final Pattern ENTITY = Pattern.compile("\\[(PER|ORG|LOC|MISC) ([^\\]]+)\\]");
  private static final Pattern TOKEN = Pattern.compile("(?:Gov|Sen|Rep|Gen|Lt|Col|Capt|Jr|Sr)\\.|"
      + "(?:\\p{L}\\.){2,}|"
      + "[\\p{L}\\p{N}][\\p{L}\\p{N}&.\\-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|'s|\u2019s|[^\\s\\p{L}\\p{N}]");
  private static final Map<String, String> NER = Map.of("PER", "PERSON", "ORG", "ORGANIZATION",
      "LOC", "LOCATION", "MISC", "MISC");
  /** word → POS and lemma */
  private static final Map<String, String[]> WORDS = Map.ofEntries(
      w("the", "DT"), w("a", "DT"), w("an", "DT"), w("this", "DT"), w("that", "IN"),
      w("he", "PRP"), w("she", "PRP"), w("they", "PRP"), w("it", "PRP"), w("his", "PRP$"),
      w("her", "PRP$"), w("its", "PRP$"), w("their", "PRP$"), w("who", "WP"),
      w("of", "IN"), w("for", "IN"), w("at", "IN"), w("with", "IN"), w("in", "IN"),
      w("on", "IN"), w("by", "IN"), w("from", "IN"), w("after", "IN"), w("as", "IN"),
      w("to", "TO"), w("and", "CC"), w("but", "CC"), w("or", "CC"),
      w("is", "VBZ", "be"), w("was", "VBD", "be"), w("are", "VBP", "be"), w("were", "VBD", "be"),
      w("be", "VB", "be"), w("been", "VBN", "be"), w("has", "VBZ", "have"),
      w("have", "VBP", "have"), w("had", "VBD", "have"), w("will", "MD"), w("would", "MD"),
      w("became", "VBD", "become"), w("becomes", "VBZ", "become"), w("become", "VB", "become"),
      w("remains", "VBZ", "remain"), w("remained", "VBD", "remain"),
      w("said", "VBD", "say"), w("says", "VBZ", "say"), w("told", "VBD", "tell"),
      w("added", "VBD", "add"), w("heads", "VBZ", "head"), w("headed", "VBN", "head"),
      w("leads", "VBZ", "lead"), w("led", "VBD", "lead"), w("lead", "VB", "lead"),
      w("chairs", "VBZ", "chair"), w("founded", "VBD", "found"), w("runs", "VBZ", "run"),
      w("appointed", "VBD", "appoint"), w("named", "VBN", "name"), w("elected", "VBN", "elect"),
      w("took", "VBD", "take"), w("joined", "VBD", "join"), w("met", "VBD", "meet"),
      w("resigned", "VBD", "resign"), w("warned", "VBD", "warn"), w("denied", "VBD", "deny"),
      w("announced", "VBD", "announce"), w("praised", "VBD", "praise"),
      w("also", "RB"), w("now", "RB"), w("formerly", "RB"), w("previously", "RB"),
      w("once", "RB"), w("still", "RB"), w("later", "RB"),
      w("former", "JJ"), w("new", "JJ"), w("outgoing", "JJ"), w("acting", "JJ"),
      w("youngest", "JJS"), w("straight-talking", "JJ"), w("young", "JJ"),
      w("succeeded", "VBD", "succeed"), w("replaced", "VBD", "replace"),
      w("re-elected", "VBN", "re-elect"), w("step", "VB", "step"), w("down", "RP"),
      w("hired", "VBN", "hire"), w("11th", "JJ"), w("defended", "VBD", "defend"),
      w("most", "RBS"), w("recent", "JJ"), w("female", "JJ"), w("turned", "VBD", "turn"),
      w("take", "VB", "take"), w("visual", "JJ"),
      w("becoming", "VBG", "become"), w("being", "VBG", "be"), w("serving", "VBG", "serve"),
      w("succeed", "VB", "succeed"), w("moved", "VBD", "move"), w("quickly", "RB"),
      w("shortly", "RB"), w("first", "JJ"), w("ordained", "VBN", "ordain"),
      w("trained", "VBD", "train"), w("known", "VBN", "know"));

  private MarkedText() {}

  private static Map.Entry<String, String[]> w(String word, String pos) {
    return Map.entry(word, new String[] {pos, word});
  }

  private static Map.Entry<String, String[]> w(String word, String pos, String lemma) {
    return Map.entry(word, new String[] {pos, lemma});
  }

  /** The annotated text of marked-up sentences. */
  public static AnnotatedText parse(String markup) {
    StringBuilder text = new StringBuilder();
    List<int[]> entities = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Matcher m = ENTITY.matcher(markup);
    int last = 0;
    while (m.find()) {
      text.append(markup, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      entities.add(new int[] {start, text.length()});
      tags.add(NER.get(m.group(1)));
      last = m.end();
    }
    text.append(markup.substring(last));
    return annotate(text.toString(), entities, tags);
  }

  private static AnnotatedText annotate(String text, List<int[]> entities, List<String> tags) {
    List<Token> tokens = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Matcher piece = TOKEN.matcher(text);
    while (piece.find()) {
      String word = piece.group();
      String ner = "O";
      for (int i = 0; i < entities.size(); i++) {
        if (piece.start() >= entities.get(i)[0] && piece.end() <= entities.get(i)[1]) {
          ner = tags.get(i);
        }
      }
      String[] posLemma = tagOf(word);
      Token token = new Token(tokens.size(), sentences.size(), word, piece.start(), piece.end(),
          posLemma[0], posLemma[1], ner);
      tokens.add(token);
      current.add(token);
      if (word.equals(".") || word.equals("?") || word.equals("!")) {
        sentences.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    List<Sentence> result = new ArrayList<>();
    for (List<Token> s : sentences) {
      result.add(sentence(result.size(), s));
    }
    return new AnnotatedText(text, result, tokens, List.of(), List.of());
  }

  private static Sentence sentence(int index, List<Token> tokens) {
    return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
        List.copyOf(tokens));
  }

  private static String[] tagOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String[] known = WORDS.get(lower);
    if (known != null) {
      return known;
    }
    if (word.equals("'s") || word.equals("\u2019s")) {
      return new String[] {"POS", word};
    }
    if (!Character.isLetterOrDigit(word.charAt(0))) {
      return new String[] {word, word};
    }
    if (Character.isDigit(word.charAt(0))) {
      return new String[] {"CD", word};
    }
    if (Character.isUpperCase(word.charAt(0))) {
      return new String[] {"NNP", word};
    }
    return new String[] {lower.endsWith("s") && lower.length() > 3 ? "NNS" : "NN", lower};
  }
}
