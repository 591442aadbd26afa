package org.newsentities.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsentities.ingest.Hashing;
import org.newsentities.ingest.InputOrigin;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.model.Person;

/**
 * Reads labelled person pairs from a KBP37 file ({@code N<TAB>" sentence "}, then the relation
 * line). The sentence is rebuilt as {@code corpus/gold/SPLITS.md} says: quotes removed, the
 * {@code <e1>}…{@code </e2>} markers dropped, KBP tokens joined by single spaces, so "Iceland 's"
 * stays as KBP wrote it. {@link #titles()} reads the {@code per:title} examples (the label is the
 * title), {@link #employers()} the {@code per:employee_of} and {@code org:top_members/employees}
 * ones (the label is the organization).
 */
final class Kbp37Reader {

  /**
   * One labelled example.
   *
   * @param number the example number of the file
   * @param sentence the rebuilt sentence
   * @param personStart where the labelled person is in {@code sentence}, end-exclusive
   * @param label the other labelled entity (title or employer) as it stands in the sentence
   */
  record Example(int number, String sentence, int personStart, int personEnd, String label,
      int labelStart, int labelEnd) {
    String person() {
      return sentence.substring(personStart, personEnd);
    }

    /** The fixed split, decided before any result was seen: even numbers develop, odd check. */
    boolean develop() {
      return number % 2 == 0;
    }

    String id() {
      return "kbp37-train-" + number;
    }

    /** The sentence as an article of its own, without date or headline. */
    SourceArticle article() {
      String text = sentence + "\n";
      return new SourceArticle(id(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), DocumentDateSource.NONE, Optional.empty(), text,
          InputOrigin.file(id()), Hashing.sha256(text.getBytes(StandardCharsets.UTF_8)),
          List.of());
    }

    /** The output people with a mention overlapping the labelled person. */
    List<Person> labelledPeople(ArticleDocument document) {
      return document.people().stream()
          .filter(p -> p.mentions().stream()
              .anyMatch(m -> m.start() < personEnd && personStart < m.end()))
          .toList();
    }
  }

  private static final Pattern HEAD = Pattern.compile("^(\\d+)\\t\"\\s?(.*?)\\s?\"\\s*$");

  private final Pattern relation;
  private final Predicate<Matcher> personIsE1;
  private final boolean skipEmptyMarkers;

  private Kbp37Reader(Pattern relation, Predicate<Matcher> personIsE1, boolean skipEmptyMarkers) {
    this.relation = relation;
    this.personIsE1 = personIsE1;
    this.skipEmptyMarkers = skipEmptyMarkers;
  }

  /** {@code per:title(e1,e2)} and {@code (e2,e1)}: the person and the title. */
  static Kbp37Reader titles() {
    return new Kbp37Reader(Pattern.compile("^per:title\\((e[12]),(e[12])\\)$"),
        m -> m.group(1).equals("e1"), false);
  }

  /**
   * {@code per:employee_of} (the person first) and {@code org:top_members/employees} (the
   * organization first): the person and the employer. Examples whose markers surround nothing are
   * left out ("signed with <e2> </e2> Records").
   */
  static Kbp37Reader employers() {
    return new Kbp37Reader(Pattern.compile(
        "^(per:employee_of|org:top_members/employees)\\((e[12]),(e[12])\\)$"),
        m -> m.group(1).startsWith("per:") == m.group(2).equals("e1"), true);
  }

  /** Refuses KBP37's {@code dev.txt}: held-out test material ({@code corpus/gold/SPLITS.md}). */
  static void refuseHeldOut(Path gold, String harness) {
    if (gold.getFileName().toString().equals("dev.txt")) {
      throw new IllegalArgumentException("KBP37 dev.txt is held-out test material (corpus/gold/"
          + "SPLITS.md); the " + harness + " harness runs on train.txt");
    }
  }

  List<Example> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Matcher head = HEAD.matcher(lines.get(i));
      if (!head.matches()) {
        continue;
      }
      Matcher label = relation.matcher(lines.get(i + 1).strip());
      if (!label.matches()) {
        continue;
      }
      try {
        examples.add(example(Integer.parseInt(head.group(1)), head.group(2),
            personIsE1.test(label)));
      } catch (IllegalArgumentException emptyMarker) {
        if (!skipEmptyMarkers) {
          throw emptyMarker;
        }
      }
    }
    return examples;
  }

  /** Builds one example; {@code personIsE1} when the person is the {@code <e1>} entity. */
  static Example example(int number, String marked, boolean personIsE1) {
    StringBuilder text = new StringBuilder();
    int[] e1 = {-1, -1};
    int[] e2 = {-1, -1};
    for (String token : marked.strip().split(" ")) {
      switch (token) {
        case "<e1>" -> e1[0] = text.length() + (text.length() > 0 ? 1 : 0);
        case "<e2>" -> e2[0] = text.length() + (text.length() > 0 ? 1 : 0);
        case "</e1>" -> e1[1] = text.length();
        case "</e2>" -> e2[1] = text.length();
        case "" -> { }
        default -> {
          if (text.length() > 0) {
            text.append(' ');
          }
          text.append(token);
        }
      }
    }
    if (e1[0] < 0 || e1[1] < e1[0] || e2[0] < 0 || e2[1] < e2[0]) {
      throw new IllegalArgumentException("example " + number + ": entity markers not found");
    }
    String sentence = text.toString();
    int[] person = personIsE1 ? e1 : e2;
    int[] other = personIsE1 ? e2 : e1;
    return new Example(number, sentence, person[0], person[1],
        sentence.substring(other[0], other[1]), other[0], other[1]);
  }
}
