package org.newsentities.extract.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.TimexSpan;
import org.newsentities.annotate.Token;
import org.newsentities.extract.dates.DatePatterns.RuleMatch;
import org.newsentities.model.DateExpr;

/**
 * The project's date rules on top of the time tagger: cleans its spans, adds what it misses, builds
 * ranges, and normalizes every expression with {@link DatePatterns} against the document date and
 * the tense of its clause. A value the rules cannot give with confidence is left empty; the tagger's
 * own value is kept only for expressions no rule covers, and only when it is a well-formed,
 * anchored TIMEX3 value.
 */
public final class DateNormalizer {

  private static final Pattern MONEY = Pattern.compile(
      "\\$|\\bcents?\\b|\\bmillion\\b|\\bbillion\\b|%|\\bpercent\\b|\\bshares?\\b|\\bprofit|"
      + "\\bearnings\\b|\\brevenue|\\bsales\\b|\\bnet\\b|\\bloss\\b", Pattern.CASE_INSENSITIVE);
  /** A value that can anchor "that year", "the following month": a year, month, day or time. */
  private static final Pattern CALENDAR =
      Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:T.*)?");
  /** "march" and "may" in lower case, alone or in a span ("at this march"). */
  private static final Pattern LOWER_MONTH_WORD =
      Pattern.compile("(?:.*\\s)?(?:march|may)(?:\\s.*)?");
  /** "the day before last Tuesday": a day next to a date the rest of the expression names. */
  private static final Pattern DAY_NEXT_TO = Pattern.compile(
      "(?i)(?:the )?day (before|after) (.+)");
  /** A month heading a name: "the March of the Combatant Mothers", "March of Dimes". */
  private static final Pattern NAME_AFTER_MONTH = Pattern.compile("\\s+of\\s+(?:the\\s+)?[A-Z]");
  private static final Pattern MONTH_NAME = Pattern.compile(
      "January|February|March|April|May|June|July|August|September|October|November|December");
  private static final Pattern BARE_UNIT = Pattern.compile(
      "(?i)(?:seconds|minutes|hours|days|weeks|months|years|decades)");

  private final DateLexicon lexicon;
  private final DatePatterns patterns;
  private final SpanCleaner cleaner;
  private final ExpressionFinder finder;
  private final ValueResolver resolver;
  private final Pattern amountBefore;
  private final Pattern longPeriod;

  public DateNormalizer(DateLexicon lexicon, DatePatterns patterns, SpanCleaner cleaner,
      ExpressionFinder finder) {
    this.lexicon = lexicon;
    this.patterns = patterns;
    this.cleaner = cleaner;
    this.finder = finder;
    this.resolver = new ValueResolver(lexicon);
    for (DatePatterns.Rule rule : patterns.rules()) {
      if (!ValueResolver.RESOLVERS.contains(rule.resolver())) {
        throw new IllegalArgumentException("date patterns, rule " + rule.line()
            + ": unknown resolver " + rule.resolver() + "; known: " + ValueResolver.RESOLVERS);
      }
    }
    this.amountBefore = Pattern.compile("(?i)(?<![\\w-])(?:about |nearly |almost |at least |over |"
        + "more than |less than |up to )?" + DatePatterns.macros(lexicon).get("NUM")
        + "(?: more| trading| business| straight)? $");
    this.longPeriod = Pattern.compile("(?i)\\b(?:" + lexicon.macro("longperiod") + ")\\b");
  }

  /** The rules shipped in {@code models/dates/}. */
  public static DateNormalizer withDefaultRules() {
    DateLexicon lexicon = DateLexicon.load(DateLexicon.DEFAULT_LOCATION);
    DatePatterns patterns = DatePatterns.load(DatePatterns.DEFAULT_LOCATION, lexicon);
    return new DateNormalizer(lexicon, patterns,
        new SpanCleaner(SpanCleaner.DEFAULT_LOCATION, patterns),
        new ExpressionFinder(ExpressionFinder.DEFAULT_LOCATION, lexicon));
  }

  /** Every date expression of the text, normalized against {@code anchor} when known. */
  public List<DateExpr> normalize(AnnotatedText annotated, Optional<LocalDate> anchor) {
    String text = annotated.text();
    List<Candidate> candidates = candidates(annotated);
    TreeMap<Integer, String> quarters = explicitQuarters(annotated, candidates, anchor);
    List<Normalized> values = new ArrayList<>();
    Optional<String> previous = Optional.empty();
    boolean longPeriod = false;
    for (Candidate c : candidates) {
      Normalized n = normalize(annotated, c, anchor, quarters, previous, longPeriod);
      values.add(n);
      longPeriod = afterPeriod(c.text(text), n, longPeriod);
      if (!n.type().equals("DURATION") && !n.type().equals("SET") && n.value().isPresent()
          && CALENDAR.matcher(n.value().get()).matches()) {
        previous = n.value();
      }
    }
    TimeOfDay.placeOnNamedDays(annotated, candidates, values);
    List<DateExpr> dates = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      dates.add(new DateExpr(c.text(text), c.start(), c.end(), values.get(i).type(),
          values.get(i).value()));
    }
    return dates;
  }

  /**
   * The article's date as far as its text tells it ({@link DocumentDateInferrer}), for articles
   * that come without one. {@code annotated} was timed without a reference date.
   */
  public Optional<LocalDate> inferDocumentDate(AnnotatedText annotated) {
    List<DocumentDateInferrer.Mention> mentions = new ArrayList<>();
    TreeMap<Integer, String> none = new TreeMap<>();
    for (Candidate c : candidates(annotated)) {
      Normalized n = normalize(annotated, c, Optional.empty(), none, Optional.empty(), false);
      Optional<java.time.DayOfWeek> weekday = c.isRange() ? Optional.empty()
          : patterns.match(c.text(annotated.text())).filter(this::isBareWeekday)
              .flatMap(m -> m.group("weekday")).flatMap(w -> lexicon.value("weekday", w))
              .map(ValueResolver::dayOfWeek);
      mentions.add(new DocumentDateInferrer.Mention(n.value(), weekday,
          TenseDetector.tenseAt(annotated, c.start(), c.end())));
    }
    return DocumentDateInferrer.infer(mentions);
  }

  private boolean isBareWeekday(RuleMatch m) {
    return m.rule().resolver().equals("calendar") && m.group("weekday").isPresent()
        && m.group("day").isEmpty() && m.group("month").isEmpty() && m.group("year").isEmpty();
  }

  /** The expressions to normalize, in text order, none overlapping. */
  List<Candidate> candidates(AnnotatedText annotated) {
    String text = annotated.text();
    List<Candidate> candidates = new ArrayList<>();
    for (TimexSpan t : annotated.timexes()) {
      Optional<Candidate> range = RangeBuilder.splitTagged(text, t.start(), t.end());
      if (range.isPresent() && RangeBuilder.startsNow(text, range.get())) {
        candidates.addAll(range.get().parts());
        continue;
      }
      if (range.isPresent()) {
        candidates.add(range.get());
        continue;
      }
      for (SpanCleaner.Span s : cleaner.clean(text, t.start(), t.end())) {
        boolean same = s.start() == t.start() && s.end() == t.end();
        Candidate c = new Candidate(s.start(), s.end(), Optional.of(t.type()),
            same ? t.value() : Optional.empty(), List.of());
        c = withoutLeadingVerb(annotated, c);
        if (!isNotDate(annotated, c)) {
          candidates.add(RangeBuilder.widen(text, widenAmount(text, c)));
        }
      }
    }
    for (ExpressionFinder.Found found : finder.find(text)) {
      Candidate extra = found.candidate();
      // "over" patterns are narrow, so where they overlap the tagger ("the 1988 period" over
      // "1988", "year-ago" over "The year") they are the better reading.
      if (found.override()) {
        candidates.removeIf(extra::overlaps);
      }
      if (candidates.stream().noneMatch(extra::overlaps) && !isNotDate(annotated, extra)) {
        candidates.add(extra);
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::start));
    return RangeBuilder.join(text, candidates);
  }

  private Normalized normalize(AnnotatedText annotated, Candidate c, Optional<LocalDate> anchor,
      TreeMap<Integer, String> quarters, Optional<String> previous, boolean longPeriod) {
    ValueResolver.Context ctx = context(annotated, c, anchor, quarters, previous, longPeriod);
    String text = annotated.text();
    if (isSomeFutureDay(annotated, c)) {
      return new Normalized("DATE", Optional.of("FUTURE_REF"));
    }
    if (c.isRange()) {
      Normalized first = normalizeOne(text, c.parts().get(0), ctx);
      Normalized second = normalizeOne(text, c.parts().get(1), ctx);
      return RangeBuilder.combine(first, second);
    }
    return normalizeOne(text, c, ctx);
  }

  private Normalized normalizeOne(String text, Candidate c, ValueResolver.Context ctx) {
    // A bare day number ("April 24 and 25") is a date only where extra.tsv found it, never in a
    // span of the tagger, which means something else by it.
    Optional<RuleMatch> match = patterns.match(c.text(text))
        .filter(m -> c.taggerType().isEmpty() || m.group("dayofmonth").isEmpty());
    if (match.isPresent()) {
      return resolver.resolve(match.get(), ctx);
    }
    java.util.regex.Matcher next = DAY_NEXT_TO.matcher(DatePatterns.normalize(c.text(text)));
    if (next.matches()) {
      Optional<Normalized> day = patterns.match(next.group(2)).map(m -> resolver.resolve(m, ctx))
          .filter(n -> n.value().filter(TimexValues::isDay).isPresent());
      if (day.isPresent()) {
        LocalDate d = LocalDate.parse(day.get().value().get());
        return new Normalized("DATE", Optional.of(TimexValues.day(
            next.group(1).equals("before") ? d.minusDays(1) : d.plusDays(1))));
      }
    }
    String type = c.taggerType().orElse("DATE");
    Optional<String> value = c.taggerValue().map(TimeOfDay::withoutZone)
        .filter(v -> TimexValues.isValid(type, v) && TimexValues.isAnchored(v))
        .filter(v -> ctx.anchor().isPresent() || !needsAnchor(c.text(text)));
    return new Normalized(type, value);
  }

  private ValueResolver.Context context(AnnotatedText annotated, Candidate c,
      Optional<LocalDate> anchor, TreeMap<Integer, String> quarters, Optional<String> previous,
      boolean longPeriod) {
    Tense tense = TenseDetector.tenseAt(annotated, c.start(), c.end());
    // The first quarter an article names is the one it reports on; later ones are comparisons
    // and forecasts.
    Optional<String> quarter = quarters.isEmpty() ? Optional.empty()
        : Optional.of(quarters.firstEntry().getValue());
    return new ValueResolver.Context(anchor, tense, quarter, isFinancial(annotated, c), previous,
        longPeriod);
  }

  /**
   * Whether the reporting period under discussion after {@code expression} is longer than a
   * quarter: "the nine months" starts one, a quarter that is not a year-ago comparison ("the
   * third quarter", not "the year-ago quarter") ends it.
   */
  private boolean afterPeriod(String expression, Normalized n, boolean before) {
    if (longPeriod.matcher(expression).find()) {
      return true;
    }
    boolean quarter = n.value().filter(v -> v.matches("\\d{4}-Q[1-4]")).isPresent();
    return before && !(quarter && !CalendarResolver.isYearAgo(expression));
  }

  /** Where the article names a quarter explicitly ("the third quarter"), by offset. */
  private TreeMap<Integer, String> explicitQuarters(AnnotatedText annotated,
      List<Candidate> candidates, Optional<LocalDate> anchor) {
    TreeMap<Integer, String> quarters = new TreeMap<>();
    for (Candidate c : candidates) {
      Optional<RuleMatch> m = c.isRange() ? Optional.empty()
          : patterns.match(c.text(annotated.text()));
      if (m.isPresent() && m.get().rule().resolver().equals("quarter")) {
        ValueResolver.Context ctx = new ValueResolver.Context(anchor,
            TenseDetector.tenseAt(annotated, c.start(), c.end()), Optional.empty(), false,
            Optional.empty(), false);
        resolver.resolve(m.get(), ctx).value().ifPresent(v -> quarters.put(c.start(), v));
      }
    }
    return quarters;
  }

  private static boolean isFinancial(AnnotatedText annotated, Candidate c) {
    List<Token> tokens = annotated.tokens();
    int i = TenseDetector.firstTokenAtOrAfter(tokens, c.start());
    if (i >= tokens.size()) {
      return false;
    }
    Sentence s = annotated.sentenceOf(tokens.get(i));
    return MONEY.matcher(annotated.text().substring(s.start(), s.end())).find();
  }

  private static boolean isNotDate(AnnotatedText annotated, Candidate c) {
    return isName(annotated, c) || isVerbOrLowerMonth(annotated.text(), c)
        || TitleCase.isTitleOfAWork(annotated, c);
  }

  /** "Islam will one day be …": after a modal, "one day" is some day to come, not a length. */
  private static boolean isSomeFutureDay(AnnotatedText annotated, Candidate c) {
    if (!c.text(annotated.text()).matches("(?i)one day")) {
      return false;
    }
    List<Token> tokens = annotated.tokens();
    int i = TenseDetector.firstTokenAtOrAfter(tokens, c.start());
    return i > 0 && tokens.get(i - 1).pos().equals("MD");
  }

  /** "will last two days": the tagger reads the verb "last" as part of the expression. */
  private Candidate withoutLeadingVerb(AnnotatedText annotated, Candidate c) {
    List<Token> tokens = annotated.tokens();
    int i = TenseDetector.firstTokenAtOrAfter(tokens, c.start());
    if (i + 1 >= tokens.size() || tokens.get(i).start() != c.start()
        || !tokens.get(i).pos().startsWith("VB") || tokens.get(i + 1).start() >= c.end()) {
      return c;
    }
    Candidate rest = new Candidate(tokens.get(i + 1).start(), c.end(), c.taggerType(),
        Optional.empty(), List.of());
    return patterns.match(rest.text(annotated.text())).isPresent() ? rest : c;
  }

  /** "weeks" after "two more" is "two more weeks": the tagger misses some amounts. */
  private Candidate widenAmount(String text, Candidate c) {
    if (!BARE_UNIT.matcher(c.text(text)).matches()) {
      return c;
    }
    java.util.regex.Matcher m = amountBefore.matcher(text.substring(Math.max(0, c.start() - 30),
        c.start()));
    if (!m.find()) {
      return c;
    }
    return new Candidate(c.start() - (m.end() - m.start()), c.end(), c.taggerType(),
        Optional.empty(), List.of());
  }

  /** "Jan" in "Jan Kavan", "May" as a surname: a span whose tokens are all tagged as a name. */
  private static boolean isName(AnnotatedText annotated, Candidate c) {
    List<Token> tokens = annotated.tokens();
    int i = TenseDetector.firstTokenAtOrAfter(tokens, c.start());
    boolean any = false;
    for (; i < tokens.size() && tokens.get(i).start() < c.end(); i++) {
      Token t = tokens.get(i);
      if (!t.ner().equals("PERSON") && !t.ner().equals("ORGANIZATION")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * "march" and "may" in lower case are a verb, a noun or a modal, not a month; a month name
   * followed by "of" and a capitalized word is the start of a name ("the March of the Combatant
   * Mothers"), whereas "March of 1998" and "March of this year" stay dates.
   */
  private static boolean isVerbOrLowerMonth(String text, Candidate c) {
    String s = c.text(text);
    if (LOWER_MONTH_WORD.matcher(s).matches()) {
      return true;
    }
    return MONTH_NAME.matcher(s).matches()
        && NAME_AFTER_MONTH.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  private static boolean needsAnchor(String expression) {
    return !expression.matches(".*\\d{4}.*");
  }
}
