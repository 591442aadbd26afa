package org.newsentities.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers an article's date from its text when no header or metadata gives it. It needs a full date
 * that a bare weekday of the article points at: "will begin on Monday … on 6-7 March 2023" puts
 * Monday on 2023-03-06, so the article is from the six days before it; a past-tense "a statement on
 * Sunday" then puts it on Sunday 2023-03-05 (the latest reported day). Without such a pair, no
 * date is inferred: a date mentioned alone ("September 11, 2001") says nothing about when the
 * article was written.
 */
final class DocumentDateInferrer {

  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:/(\\d{4}-\\d{2}-\\d{2}))?");

  /**
   * What the inference looks at for each expression of the article.
   *
   * @param value its value without a document date (only absolute dates have one)
   * @param weekday the weekday it names, when it is a bare weekday ("on Monday")
   */
  record Mention(Optional<String> value, Optional<DayOfWeek> weekday, Tense tense) {}

  private DocumentDateInferrer() {}

  static Optional<LocalDate> infer(List<Mention> mentions) {
    Optional<LocalDate> anchor = Optional.empty();
    Tense anchorTense = Tense.UNKNOWN;
    for (Mention m : mentions) {
      Matcher day = m.value().map(DAY::matcher).filter(Matcher::matches).orElse(null);
      if (day == null) {
        continue;
      }
      for (int g = 1; g <= 2; g++) {
        if (day.group(g) == null) {
          continue;
        }
        LocalDate d = LocalDate.parse(day.group(g));
        Optional<Mention> weekday = mentions.stream()
            .filter(w -> w.weekday().isPresent() && w.weekday().get() == d.getDayOfWeek())
            .findFirst();
        if (weekday.isPresent() && (anchor.isEmpty() || d.isAfter(anchor.get()))) {
          anchor = Optional.of(d);
          anchorTense = weekday.get().tense() != Tense.UNKNOWN ? weekday.get().tense() : m.tense();
        }
      }
    }
    if (anchor.isEmpty()) {
      return Optional.empty();
    }
    LocalDate d = anchor.get();
    // The article is written before a future event and on or after a past one; within that week,
    // on the latest day it reports as past.
    LocalDate from = anchorTense == Tense.FUTURE ? d.minusDays(6) : d;
    LocalDate to = anchorTense == Tense.FUTURE ? d.minusDays(1) : d.plusDays(6);
    LocalDate best = anchorTense == Tense.FUTURE ? to : from;
    Optional<LocalDate> latestPast = Optional.empty();
    for (Mention m : mentions) {
      if (m.weekday().isEmpty() || m.tense() != Tense.PAST) {
        continue;
      }
      for (LocalDate c = from; !c.isAfter(to); c = c.plusDays(1)) {
        if (c.getDayOfWeek() == m.weekday().get()
            && (latestPast.isEmpty() || c.isAfter(latestPast.get()))) {
          latestPast = Optional.of(c);
        }
      }
    }
    return Optional.of(latestPast.orElse(best));
  }
}
