package org.newsentities.extract.dates;

import java.util.regex.Pattern;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;

/**
 * "60 Minutes", "This Week", "High Noon", "Spring of Life": time words capitalized in the middle
 * of a sentence are the title of a programme, film or campaign, not a date. Month and weekday
 * names are capitalized anyway and are not concerned.
 */
final class TitleCase {

  private static final Pattern TIME_WORD = Pattern.compile(
      "(?:This |Next |Last |\\d+ )?(?:Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Noon|Midnight"
      + "|Spring|Summer|Autumn|Fall|Winter|Today|Tonight|Tomorrow|Now)");

  /** What may follow a title up to its closing quote: "Spring| of Life''", "This Week|,\"". */
  private static final Pattern REST_OF_TITLE = Pattern.compile(
      "(?:\\s+(?:of|the|and|in|[A-Z][\\w']*))*\\s*[,.!?]?\\s*(?:\"|''|\u201d|')");

  private TitleCase() {}

  static boolean isTitleOfAWork(AnnotatedText annotated, Candidate c) {
    String s = c.text(annotated.text());
    if (!TIME_WORD.matcher(s).matches()) {
      return false;
    }
    for (Sentence sentence : annotated.sentences()) {
      if (sentence.start() <= c.start() && c.start() < sentence.end()) {
        String before = annotated.text().substring(sentence.start(), c.start()).strip();
        // A quotation that is all title-case words: "This Week," "Spring of Life".
        if (before.matches(".*(?:[\"'`\u201c\u2018])$")) {
          String after = annotated.text().substring(c.end(),
              Math.min(annotated.text().length(), c.end() + 40));
          return REST_OF_TITLE.matcher(after).lookingAt();
        }
        // Sentence-initial, or first word after a colon: ordinary capitals.
        return !before.isEmpty() && !before.matches(".*(?:[:(]|--)$");
      }
    }
    return false;
  }
}
