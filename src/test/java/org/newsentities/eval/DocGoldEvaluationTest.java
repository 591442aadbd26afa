package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DateExpr;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.model.Mention;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.output.Json;

/**
 * docgold over hand-made gold and prediction files ({@code --pred} mode, no models). The counts
 * below are worked out by hand in the comments.
 */
class DocGoldEvaluationTest {

  private static final String TEXT =
      "Chancellor Gordon Brown met Oxfam director Barbara Stocking in London on Monday.";

  @TempDir Path root;
  private Path gold;
  private Path pred;

  @BeforeEach
  void files() throws IOException {
    gold = Files.createDirectories(root.resolve("gold"));
    pred = Files.createDirectories(root.resolve("out"));
    Files.writeString(gold.resolve("a.json"), """
        {"id": "a", "documentDate": "2005-01-10",
         "persons": [{"name": "Gordon Brown", "mentions": ["Gordon Brown", "Brown"]},
                     {"name": "Barbara Stocking", "mentions": ["Barbara Stocking"]}],
         "organizations": [{"name": "Oxfam", "mentions": ["Oxfam"]}],
         "locations": [{"name": "London", "mentions": ["London"]}],
         "titles": [{"person": "Gordon Brown", "title": "Chancellor", "org": null,
                     "full": "Chancellor Gordon Brown", "explicit": true, "former": false,
                     "evidence": "Chancellor Gordon Brown met"},
                    {"person": "Barbara Stocking", "title": "director", "org": "Oxfam",
                     "full": "Oxfam director Barbara Stocking", "explicit": true, "former": false,
                     "evidence": "Oxfam director Barbara Stocking"}],
         "dates": [{"text": "Monday", "type": "DATE", "value": "2005-01-10"}]}
        """);
    // No dates field: b's dates are not scored.
    Files.writeString(gold.resolve("b.json"), """
        {"id": "b", "persons": [{"name": "Tony Blair", "mentions": ["Tony Blair"]}],
         "organizations": [], "locations": [], "titles": []}
        """);
    Files.writeString(gold.resolve("README.md"), "not gold");
    Files.createDirectories(gold.resolve("test"));
    Files.writeString(gold.resolve("test/c.json"), "{\"id\": \"c\"}");
    write(new ArticleDocument("1.0", "a", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of("2005-01-10"), DocumentDateSource.METADATA, Optional.empty(), TEXT,
        List.of(
            // Brown found, with his title; "Chancellor Gordon Brown" would have been a miss.
            new Person("p1", "Gordon Brown", List.of(at("Gordon Brown")),
                List.of(new Title("Chancellor", Optional.empty(), false, "Chancellor", 0, 10))),
            // Stocking found, title matched leniently ("Oxfam director" ⊃ "director"), org right.
            new Person("p2", "Barbara Stocking", List.of(at("Barbara Stocking")),
                List.of(new Title("Oxfam director", Optional.of("Oxfam"), false, "Oxfam director",
                    28, 42)))),
        // Oxfam right; "London" wrongly an organization: one FP here, one FN for locations.
        List.of(new NamedEntity("o1", "Oxfam", List.of(at("Oxfam"))),
            new NamedEntity("o2", "London", List.of(at("London")))),
        List.of(),
        List.of(new DateExpr("Monday", TEXT.indexOf("Monday"), TEXT.indexOf("Monday") + 6, "DATE",
            Optional.of("2005-01-10"))),
        List.of(), List.of(), List.of()));
    // b: Blair missed entirely.
    write(new ArticleDocument("1.0", "b", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), DocumentDateSource.NONE, Optional.empty(), "Mr Blair said.", List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void countsAgreeWithTheHandCount() throws IOException {
    EvaluationReport report = evaluate(gold, true);

    assertEquals(new Prf(2, 0, 1), report.rows().get("PERSON"));
    assertEquals(new Prf(1, 1, 0), report.rows().get("ORGANIZATION"));
    assertEquals(new Prf(0, 0, 1), report.rows().get("LOCATION"));
    assertEquals(new Prf(3, 1, 2), report.rows().get("entities (micro)"));
    assertEquals(new Prf(1, 1, 1), report.rows().get(TitleScorer.STRICT));
    assertEquals(new Prf(2, 0, 0), report.rows().get(TitleScorer.LENIENT));
    assertEquals(new Prf(1, 0, 0), report.rows().get(DateScorer.ALL));
    assertEquals(2.0, report.figures().get("documents"));
    assertEquals(1.0, report.figures().get("documents with dates"));
    assertEquals(1.0, report.figures().get("title organization accuracy"));
    assertEquals(0.5, report.figures().get("title recall explicit strict"));
    assertFalse(report.figures().containsKey("title recall implicit strict"), "no implicit gold");
    assertEquals(0.6, report.rows().get("entities (micro)").recall(), 1e-9);
    // Title FN/FP follow the lenient match, which is perfect here; the strict miss is a SPAN.
    assertEquals(List.of("FP ORGANIZATION London", "FN LOCATION London",
            "SPAN TITLE Barbara Stocking | director | found: Oxfam director",
            "FN PERSON Tony Blair"),
        report.errors().stream().map(e -> e.kind() + " " + e.label() + " " + e.text()).toList());
    assertTrue(report.notes().isEmpty(), report.notes().toString());
  }

  @Test
  void aMissingPredictionIsScoredAsAnEmptyDocumentWithANote() throws IOException {
    Files.delete(pred.resolve("b.json"));
    EvaluationReport report = evaluate(gold, false);
    assertEquals(new Prf(2, 0, 1), report.rows().get("PERSON"));
    assertTrue(report.notes().get(0).contains("no prediction"), report.notes().toString());
    assertTrue(report.errors().isEmpty(), "errors only when asked for");
  }

  @Test
  void anUnreadableGoldFileIsSkippedWithANote() throws IOException {
    Files.writeString(gold.resolve("broken.json"), "{\"id\": \"x\", \"persons\": [");
    EvaluationReport report = evaluate(gold, false);
    assertEquals(2.0, report.figures().get("documents"));
    assertTrue(report.notes().get(0).contains("broken.json"), report.notes().toString());
  }

  @Test
  void aPredictionWithNothingRightScoresZero() throws IOException {
    EvaluationReport report = evaluate(gold.resolve("b.json"), false);
    assertEquals(new Prf(0, 0, 1), report.rows().get("entities (micro)"));
    assertEquals(0.0, report.rows().get("entities (micro)").f1());
    assertFalse(report.rows().containsKey(DateScorer.ALL), "b has no dates field");
  }

  private EvaluationReport evaluate(Path goldPath, boolean errors) throws IOException {
    return new DocGoldEvaluation().evaluate(new EvaluationRequest(goldPath, Optional.empty(),
        Optional.of(pred), () -> {
          throw new AssertionError("--pred must not load the pipeline");
        }, errors));
  }

  private void write(ArticleDocument doc) throws IOException {
    Json.pretty().writeValue(pred.resolve(doc.id() + ".json").toFile(), doc);
  }

  private static Mention at(String s) {
    int start = TEXT.indexOf(s);
    return new Mention(s, start, start + s.length());
  }
}
