package org.newsentities.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.config.Resources;

/**
 * The normalization patterns of {@code models/dates/patterns.tsv}, compiled with the lexicon's
 * macros. {@link #match} finds the first pattern matching a whole expression.
 */
public final class DatePatterns {

  public static final String DEFAULT_LOCATION = "models/dates/patterns.tsv";

  private static final Pattern MACRO = Pattern.compile("%([A-Z]+)");
  private static final Pattern MODIFIER = Pattern.compile(
      "(?:even |only |just |very |more |most |right )?(?:earlier|later|early|late|mid|right)[ -]");

  /** One line of the file: which resolver computes the value, the TIMEX3 type, the regex. */
  public record Rule(String resolver, String type, Pattern pattern, int line) {}

  /** A rule that matched, with its groups. */
  public record RuleMatch(Rule rule, Matcher matcher) {
    public Optional<String> group(String name) {
      try {
        return Optional.ofNullable(matcher.group(name));
      } catch (IllegalArgumentException noSuchGroup) {
        return Optional.empty();
      }
    }
  }

  private final List<Rule> rules;

  private DatePatterns(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static DatePatterns load(String location, DateLexicon lexicon) {
    Map<String, String> macros = macros(lexicon);
    List<Rule> rules = new ArrayList<>();
    int n = 0;
    for (String line : Resources.lines(location)) {
      n++;
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalArgumentException(location + ": expected resolver, type, regex: " + line);
      }
      String regex = expand(cols[2].strip(), macros, location);
      rules.add(new Rule(cols[0].strip(), cols[1].strip(),
          Pattern.compile(regex, Pattern.CASE_INSENSITIVE), n));
    }
    return new DatePatterns(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The first rule matching all of {@code expression} (after {@link #normalize}). */
  public Optional<RuleMatch> match(String expression) {
    String text = normalize(expression);
    Optional<RuleMatch> found = first(text);
    if (found.isEmpty()) {
      // "early March", "Later Thursday", "right now": the modifier does not change the value.
      Matcher modifier = MODIFIER.matcher(text);
      if (modifier.lookingAt() && modifier.end() < text.length()) {
        found = first(text.substring(modifier.end()));
      }
    }
    return found;
  }

  private Optional<RuleMatch> first(String text) {
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      if (m.matches()) {
        return Optional.of(new RuleMatch(rule, m));
      }
    }
    return Optional.empty();
  }

  /** Lower case, single spaces, straight quotes and hyphens, no trailing comma. */
  public static String normalize(String expression) {
    return expression.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
        .replace('\u2013', '-').replace('\u2014', '-')
        .replaceAll("\\s+", " ").replaceAll("[ ,;]+$", "").strip();
  }

  /** The lexicon's classes as macros, plus %NUM for amounts. */
  static Map<String, String> macros(DateLexicon lexicon) {
    Map<String, String> macros = lexicon.macros();
    macros.put("NUM", numberMacro(lexicon));
    return macros;
  }

  static String expand(String regex, Map<String, String> macros, String location) {
    Matcher m = MACRO.matcher(regex);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String macro = macros.get(m.group(1));
      if (macro == null) {
        throw new IllegalArgumentException(location + ": unknown macro %" + m.group(1));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(macro));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String numberMacro(DateLexicon lexicon) {
    String words = lexicon.macro("number");
    return "(?:\\d+(?:\\.\\d+)?(?: 1/2)?|" + words + "(?:[ -](?:and )?" + words + ")*)";
  }
}
