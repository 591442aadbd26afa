package org.newsentities.extract.dates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;

/**
 * Clock times. The time tagger puts "10:35 a.m." on the document date; when the sentence names the
 * day ("at 10:35 a.m. Friday", "Friday ... at 10:35 a.m."), the time is on that day.
 */
final class TimeOfDay {

  private static final Pattern ZONED = Pattern.compile(
      "(.*T\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:[-+]\\d{2}:?\\d{2}|Z)");
  private static final Pattern CLOCK_ONLY = Pattern.compile(
      "(?i)(?:about |around |at |approximately )?\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?"
      + "(?:\\s+[A-Z]{2,4})?|noon|midnight|\\d{1,2} o'clock|\\d{1,2} in the (?:morning|afternoon|evening)");
  private static final Pattern TIME_ON_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.+)");

  private TimeOfDay() {}

  /** "2000-04-06T04:00-0500" → "2000-04-06T04:00": the zone is not part of a TIMEX3 value. */
  static String withoutZone(String value) {
    Matcher m = ZONED.matcher(value);
    return m.matches() ? m.group(1) : value;
  }

  /** Moves clock times onto the day named in their sentence, in place. */
  static void placeOnNamedDays(AnnotatedText annotated, List<Candidate> candidates,
      List<Normalized> values) {
    String text = annotated.text();
    for (int i = 0; i < candidates.size(); i++) {
      Normalized n = values.get(i);
      Matcher time = n.value().map(TIME_ON_DAY::matcher).orElse(null);
      if (time == null || !time.matches()
          || !CLOCK_ONLY.matcher(candidates.get(i).text(text).strip()).matches()) {
        continue;
      }
      Sentence sentence = sentenceOf(annotated, candidates.get(i).start());
      int best = -1;
      for (int j = 0; j < candidates.size(); j++) {
        Candidate other = candidates.get(j);
        boolean sameSentence = sentence != null && other.start() >= sentence.start()
            && other.end() <= sentence.end();
        if (j != i && sameSentence && dayNamed(text, other, values.get(j)).isPresent()
            && (best < 0 || Math.abs(other.start() - candidates.get(i).start())
                < Math.abs(candidates.get(best).start() - candidates.get(i).start()))) {
          best = j;
        }
      }
      if (best >= 0) {
        values.set(i, Normalized.of(n.type(),
            dayNamed(text, candidates.get(best), values.get(best)).get() + time.group(2)));
      }
    }
  }

  /**
   * The day an expression names: its value if a day, or the day of a time that names one ("4 a.m.
   * EDT Thursday"), but not the day the tagger gave a bare clock time.
   */
  private static java.util.Optional<String> dayNamed(String text, Candidate c, Normalized n) {
    if (n.value().isEmpty()) {
      return java.util.Optional.empty();
    }
    String v = n.value().get();
    if (TimexValues.isDay(v)) {
      return n.value();
    }
    Matcher time = TIME_ON_DAY.matcher(v);
    return time.matches() && !CLOCK_ONLY.matcher(c.text(text).strip()).matches()
        ? java.util.Optional.of(time.group(1)) : java.util.Optional.empty();
  }

  private static Sentence sentenceOf(AnnotatedText annotated, int offset) {
    int i = TenseDetector.firstTokenAtOrAfter(annotated.tokens(), offset);
    return i < annotated.tokens().size() ? annotated.sentenceOf(annotated.tokens().get(i)) : null;
  }
}
