package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.model.Provenance;
import org.newsentities.output.JsonArticleWriter;
import org.newsentities.output.OutputDocument;
import org.newsentities.output.db.DatabaseUrl;
import org.newsentities.testing.FakeAnnotator;

/** {@code load} as a user runs it, on the embedded default. */
class LoadCommandTest {

  @TempDir Path dir;

  /** Runs the command line; returns the exit code and what it printed on stderr. */
  private record Run(int code, String err) {}

  private static Run run(String... args) {
    CliRun.Result r = CliRun.run(new FakeAnnotator(), args);
    return new Run(r.exit(), r.stderr());
  }

  private void writeOutput(String... ids) throws Exception {
    for (String id : ids) {
      write(document(id, "Text of " + id + "."));
    }
    Files.writeString(dir.resolve("output/summary.json"), "{\"articlesRead\": " + ids.length + "}");
    Files.writeString(dir.resolve("output/manifest.jsonl"), "{\"id\": \"a1\", \"status\": \"ok\"}\n");
  }

  /** As extract writes it: schema 1.1 with provenance. */
  private void write(ArticleDocument d) throws Exception {
    try (JsonArticleWriter writer = new JsonArticleWriter(dir.resolve("output"))) {
      writer.write(new OutputDocument(d, new Provenance("in/" + d.id() + ".txt",
          java.util.Optional.empty(), "sha", "0.1.0+test", "fake", "cf00", java.util.List.of())),
          d.id());
    }
  }

  private static ArticleDocument document(String id, String text) {
    return new ArticleDocument(ArticleDocument.SCHEMA_VERSION, id, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("2023-03-01"),
        DocumentDateSource.HEADER, java.util.Optional.empty(), text, java.util.List.of(),
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
        java.util.List.of(), java.util.List.of());
  }

  private int articles(Path db) throws Exception {
    try (Connection c = DatabaseUrl.sqliteFile(db).connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void loadsAnOutputDirectoryIntoNewsDbNextToItAndAgainWithoutChanges() throws Exception {
    writeOutput("a1", "a2", "a3");
    Path output = dir.resolve("output");
    Run first = run("load", output.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.err().startsWith("3 articles: 3 inserted, 0 replaced, 0 unchanged, 0 failed in "),
        first.err());
    assertTrue(first.err().strip().endsWith("-> sqlite:" + output.resolve("news.db") + " (schema 1)"),
        first.err());
    assertEquals(3, articles(output.resolve("news.db")));

    write(document("a2", "A corrected text."));
    Run second = run("load", output.toString(), "--db", output.resolve("news.db").toString());
    assertEquals(0, second.code(), second.err());
    assertTrue(second.err().startsWith("3 articles: 0 inserted, 1 replaced, 2 unchanged, 0 failed"),
        second.err());
  }

  @Test
  void aBrokenDocumentFailsAloneWithItsFileNamed() throws Exception {
    writeOutput("a1", "a2");
    Path output = dir.resolve("output");
    Files.writeString(output.resolve("a3.json"), "{\"schemaVersion\": \"1.0\", \"id\": \"a3\", "
        + "\"text\": \"cut off here");
    Run r = run("load", output.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());
    assertTrue(r.err().startsWith("failed: " + output.resolve("a3.json") + ": not valid JSON: "),
        r.err());
    assertTrue(r.err().contains("3 articles: 2 inserted, 0 replaced, 0 unchanged, 1 failed"), r.err());
    assertEquals(2, articles(output.resolve("news.db")));
  }

  @Test
  void aBadUrlOrAMissingServerIsAUsageErrorThatSaysWhy() throws Exception {
    writeOutput("a1");
    String output = dir.resolve("output").toString();
    Run bad = run("load", output, "--db", "mysql://localhost/news");
    assertEquals(ExitCodes.USAGE, bad.code());
    assertTrue(bad.err().startsWith("news-entities: unsupported database URL 'mysql://localhost/news'"),
        bad.err());
    // port 1 on loopback: nothing listens there
    Run refused = run("load", output, "--db", "postgresql://news@127.0.0.1:1/news");
    assertEquals(ExitCodes.USAGE, refused.code());
    assertTrue(refused.err().startsWith(
        "news-entities: cannot open database postgresql://news@127.0.0.1:1/news: Connection to "
            + "127.0.0.1:1 refused"), refused.err());
    Run missing = run("load", dir.resolve("nothing-here").toString());
    assertEquals(ExitCodes.USAGE, missing.code());
  }
}
