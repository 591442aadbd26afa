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
 * Reads the person–employer examples of a KBP37 file: {@code per:employee_of(e1,e2)} and
 * {@code (e2,e1)} (the person first), and {@code org:top_members/employees} (the organization
 * first). The sentence is rebuilt as {@link Kbp37TitleReader} does it; examples whose markers
 * surround nothing are left out.
 */
final class Kbp37EmployerReader {

  /**
   * One labelled example.
   *
   * @param number the example number of the file
   * @param sentence the rebuilt sentence
   * @param personStart where the labelled person is in {@code sentence}, end-exclusive
   * @param employer the labelled organization as it stands in the sentence
   */
  record Example(int number, String sentence, int personStart, int personEnd, String employer,
      int employerStart, int employerEnd) {
    String person() {
      return sentence.substring(personStart, personEnd);
    }

    /** The same fixed split as the title harness: even numbers develop, odd check. */
    boolean develop() {
      return number % 2 == 0;
    }
  }

  private static final Pattern HEAD = Pattern.compile("^(\\d+)\\t\"\\s?(.*?)\\s?\"\\s*$");
  private static final Pattern RELATION = Pattern.compile(
      "^(per:employee_of|org:top_members/employees)\\((e[12]),(e[12])\\)$");

  List<Example> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Matcher head = HEAD.matcher(lines.get(i));
      if (!head.matches()) {
        continue;
      }
      Matcher relation = RELATION.matcher(lines.get(i + 1).strip());
      if (relation.matches()) {
        boolean personFirst = relation.group(1).startsWith("per:");
        boolean personIsE1 = personFirst == relation.group(2).equals("e1");
        Kbp37TitleReader.Example e;
        try {
          e = Kbp37TitleReader.example(Integer.parseInt(head.group(1)), head.group(2), personIsE1);
        } catch (IllegalArgumentException empty) {
          continue; // an entity marker around nothing ("signed with <e2> </e2> Records")
        }
        examples.add(new Example(e.number(), e.sentence(), e.personStart(), e.personEnd(),
            e.title(), e.titleStart(), e.titleEnd()));
      }
    }
    return examples;
  }
}
