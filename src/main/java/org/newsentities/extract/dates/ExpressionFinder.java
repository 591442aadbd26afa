package org.newsentities.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.config.Resources;

/**
 * Finds the expressions of {@code models/dates/extra.tsv} that the time tagger misses. A rule may
 * match context around the expression and mark the expression itself as the group {@code expr}
 * ("April 24 and {@code 25}"): a look-behind would do the same but is tried at every position of
 * the text, which made this the slowest part of the date stage.
 */
final class ExpressionFinder {

  public static final String DEFAULT_LOCATION = "models/dates/extra.tsv";

  /** A found expression; {@code override} when it replaces tagger expressions it overlaps. */
  record Found(Candidate candidate, boolean override) {}

  private record Rule(Pattern pattern, boolean override, boolean grouped) {}

  private static final String GROUP = "expr";

  private final List<Rule> rules = new ArrayList<>();

  ExpressionFinder(String location, DateLexicon lexicon) {
    for (String line : Resources.lines(location)) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || !(cols[0].equals("over") || cols[0].equals("gap"))) {
        throw new IllegalArgumentException(location + ": expected over|gap, regex: " + line);
      }
      String regex = DatePatterns.expand(cols[1].strip(), DatePatterns.macros(lexicon), location);
      Pattern pattern = Pattern.compile("(?<![\\w-])(?:" + regex + ")(?![\\w-])",
          Pattern.CASE_INSENSITIVE);
      rules.add(new Rule(pattern, cols[0].equals("over"), regex.contains("(?<" + GROUP + ">")));
    }
  }

  /** Every match in {@code text}; where two overlap, the one of the earlier rule. */
  List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        Candidate c = rule.grouped() ? Candidate.found(m.start(GROUP), m.end(GROUP))
            : Candidate.found(m.start(), m.end());
        if (found.stream().noneMatch(f -> f.candidate().overlaps(c))) {
          found.add(new Found(c, rule.override()));
        }
      }
    }
    return found;
  }
}
