package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.output.db.DatabaseUrl;
import org.newsentities.testing.FakeAnnotator;

/** {@code extract --db}: every document the run writes also lands in the database. */
class ExtractToDatabaseTest {

  @TempDir Path dir;

  private List<String> rows(Path db, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DatabaseUrl.sqliteFile(db).connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return rows;
  }

  @Test
  void storesWhatItWritesAndLoadFindsItCurrent() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a1.txt"), "Maria Keller spoke on Tuesday.\n");
    Files.writeString(in.resolve("a2.txt"), "Anna Lind met Maria Keller.\n");
    Path out = dir.resolve("out");
    Path db = dir.resolve("db/news.db");

    CliRun.Result run = CliRun.run(new FakeAnnotator(), "extract", in.toString(), "--out",
        out.toString(), "--db", db.toString(), "--progress", "off");
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stderr().contains("database: 2 articles: 2 inserted, 0 replaced, 0 unchanged, "
        + "0 failed -> sqlite:" + db), run.stderr());
    assertEquals(List.of("a1 Maria Keller", "a2 Anna Lind", "a2 Maria Keller"),
        rows(db, "SELECT article_id, name FROM people ORDER BY article_id, name"));

    // the documents as written to disk hash like the ones stored from memory
    CliRun.Result load = CliRun.run(new FakeAnnotator(), "load", out.toString(), "--db", db.toString());
    assertEquals(0, load.exit(), load.stderr());
    assertTrue(load.stderr().startsWith("2 articles: 0 inserted, 0 replaced, 2 unchanged, 0 failed"),
        load.stderr());
  }

  @Test
  void aBadDatabaseUrlFailsBeforeAnyArticleIsProcessed() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a1.txt"), "Maria Keller spoke.\n");
    FakeAnnotator annotator = new FakeAnnotator();
    CliRun.Result run = CliRun.run(annotator, "extract", in.toString(), "--out",
        dir.resolve("out").toString(), "--db", "mysql://localhost/news", "--progress", "off");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.stderr().startsWith("news-entities extract: --db mysql://localhost/news: "
        + "unsupported database URL"), run.stderr());
    assertEquals(0, annotator.calls());
  }
}
