package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotated samples under {@code corpus/gold/} (recursively) are what every accuracy figure is
 * measured against, so each must agree with its article: quotes, mentions and names that a scorer
 * will look for really are in the text. Also guards the dev/test split (corpus/gold/SPLITS.md).
 */
class GoldFilesTest {

  private static final Path CORPUS = Path.of("corpus");
  private static final Path GOLD = CORPUS.resolve("gold");
  private static final Pattern BBC_ID = Pattern.compile("bbc-(\\d+)");

  private static List<Path> goldFiles() throws IOException {
    try (Stream<Path> files = Files.walk(GOLD)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyGoldFileAgreesWithItsArticle() throws IOException {
    return goldFiles().stream().map(file -> DynamicTest.dynamicTest(GOLD.relativize(file).toString(),
        () -> {
          List<String> problems = GoldFileChecker.check(file, CORPUS);
          assertTrue(problems.isEmpty(), file + ":\n  " + String.join("\n  ", problems));
        }));
  }

  @Test
  void theDevHalfIsThere() throws IOException {
    long dev = goldFiles().stream().filter(p -> p.getParent().endsWith("dev")).count();
    assertTrue(dev >= 18, "expected the 18 dev gold files, found " + dev);
  }

  @Test
  void noArticleIsAnnotatedTwice() throws IOException {
    Map<String, Path> seen = new HashMap<>();
    for (Path file : goldFiles()) {
      Path before = seen.put(file.getFileName().toString(), file);
      assertEquals(null, before, "annotated twice: " + before + " and " + file);
    }
  }

  /** Dev: news-sample lines 1-150 and KBP37 train; test: lines 151-300 and KBP37 dev. */
  @Test
  void devAndTestHalvesDrawFromSeparateSources() throws IOException {
    for (Path file : goldFiles()) {
      String half = file.getParent().getFileName().toString();
      String id = file.getFileName().toString().replace(".json", "");
      Matcher bbc = BBC_ID.matcher(id);
      if (half.equals("dev")) {
        assertFalse(id.startsWith("kbp37-dev-"), file + ": KBP37 dev sentences belong to the test half");
        if (bbc.matches()) {
          assertTrue(Integer.parseInt(bbc.group(1)) <= 150, file + ": dev articles come from lines 1-150");
        }
      } else if (half.equals("test")) {
        assertFalse(id.startsWith("kbp37-train-"), file + ": KBP37 train sentences belong to the dev half");
        if (bbc.matches()) {
          assertTrue(Integer.parseInt(bbc.group(1)) > 150, file + ": test articles come from lines 151-300");
        }
      }
    }
  }

  @Test
  void theCheckerReportsEachKindOfMistake(@TempDir Path corpus) throws IOException {
    Files.writeString(corpus.resolve("a1.txt"),
        "Tory leader Michael Howard said the Chancellor was wrong. Mr Howard spoke in London.");
    Path gold = Files.createDirectories(corpus.resolve("gold")).resolve("a1.json");
    Files.writeString(gold, """
        {"id": "a1", "documentDate": null,
         "persons": [{"name": "Michael Howard", "mentions": ["Michael Howard", "Mr Howard", "Howerd"]}],
         "organizations": [{"name": "Conservative Party", "mentions": ["Tory"]}],
         "locations": [{"name": "London", "mentions": ["Lond"]}],
         "titles": [
           {"person": "Michael Howard", "title": "leader", "org": "Tories", "full": "Tory leader Michael Howard",
            "explicit": true, "former": false, "evidence": "Tory leader Michael Howard says"},
           {"person": "Gordon Brown", "title": "Chancellor", "org": null, "full": "the Chancellor",
            "explicit": "no", "former": false, "evidence": "the Chancellor was wrong"}],
         "dates": [{"text": "Monday", "type": "DAY", "value": "XXXX-WXX-1"}]}
        """);
    String report = String.join("\n", GoldFileChecker.check(gold, corpus));

    assertTrue(report.contains("mention 'Howerd' does not occur"), report);
    assertTrue(report.contains("'Mr Howard' starts with a title"), report);
    assertTrue(report.contains("mention 'Lond' does not occur"), report); // inside "London" only
    assertTrue(report.contains("org 'Tories' is neither"), report);
    assertTrue(report.contains("(Michael Howard, leader): evidence is not an exact quote"), report);
    assertTrue(report.contains("(Gordon Brown, Chancellor): person is not a listed person"), report);
    assertTrue(report.contains("'explicit' must be true or false"), report);
    assertTrue(report.contains("type 'DAY' is not"), report);
    assertTrue(report.contains("date 'Monday' does not occur"), report);
    assertEquals(9, GoldFileChecker.check(gold, corpus).size(), report);
  }

  @Test
  void theCheckerNeedsTheArticleAndTheRightId(@TempDir Path corpus) throws IOException {
    Path gold = Files.createDirectories(corpus.resolve("gold")).resolve("b2.json");
    Files.writeString(gold, """
        {"id": "b3", "documentDate": "2023-13-01", "persons": [], "organizations": [],
         "locations": [], "titles": []}
        """);
    String report = String.join("\n", GoldFileChecker.check(gold, corpus));

    assertTrue(report.contains("id 'b3' does not match the file name 'b2'"), report);
    assertTrue(report.contains("documentDate '2023-13-01' is not YYYY-MM-DD"), report);
    assertTrue(report.contains("no article b3.json or b3.txt"), report);
  }
}
