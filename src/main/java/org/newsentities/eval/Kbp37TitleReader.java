package org.newsentities.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code per:title} examples of a KBP37 file ({@code N<TAB>" sentence "} then the
 * relation line). The sentence is rebuilt as {@code corpus/gold/SPLITS.md} says: quotes removed,
 * the {@code <e1>}…{@code </e2>} markers dropped, KBP tokens joined by single spaces, so "Iceland
 * 's" stays as KBP wrote it.
 */
final class Kbp37TitleReader {

  /**
   * One labelled example.
   *
   * @param number the example number of the file
   * @param sentence the rebuilt sentence
   * @param personStart where the labelled person is in {@code sentence}, end-exclusive
   * @param title the labelled title string as it stands in the sentence
   */
  record Example(int number, String sentence, int personStart, int personEnd, String title,
      int titleStart, int titleEnd) {
    String person() {
      return sentence.substring(personStart, personEnd);
    }

    /** The fixed split, decided before any result was seen: even numbers develop, odd check. */
    boolean develop() {
      return number % 2 == 0;
    }
  }

  private static final Pattern HEAD = Pattern.compile("^(\\d+)\\t\"\\s?(.*?)\\s?\"\\s*$");
  private static final Pattern TITLE = Pattern.compile("^per:title\\((e[12]),(e[12])\\)$");

  List<Example> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Matcher head = HEAD.matcher(lines.get(i));
      if (!head.matches()) {
        continue;
      }
      Matcher relation = TITLE.matcher(lines.get(i + 1).strip());
      if (relation.matches()) {
        examples.add(example(Integer.parseInt(head.group(1)), head.group(2),
            relation.group(1).equals("e1")));
      }
    }
    return examples;
  }

  /** Builds one example; {@code personIsE1} for {@code per:title(e1,e2)}. */
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
    int[] title = personIsE1 ? e2 : e1;
    return new Example(number, sentence, person[0], person[1],
        sentence.substring(title[0], title[1]), title[0], title[1]);
  }
}
