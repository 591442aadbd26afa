package org.newsentities.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.Sentence;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.annotate.Token;
import org.newsentities.config.PipelineConfig;
import org.newsentities.ingest.InputOrigin;
import org.newsentities.ingest.ReadResult;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.output.db.DatabaseSink;
import org.newsentities.output.db.DatabaseUrl;

/** {@code extract --db}: every document the runner writes also lands in the database. */
class BatchRunnerDatabaseTest {

  @TempDir Path dir;

  /** Words only, one sentence; the given words are PERSON. No models needed. */
  private record FakeAnnotator(Set<String> people) implements TextAnnotator {
    @Override
    public AnnotatedText annotate(String text, Optional<LocalDate> referenceDate) {
      List<Token> tokens = new ArrayList<>();
      Matcher m = Pattern.compile("\\w+|[^\\w\\s]").matcher(text);
      while (m.find()) {
        tokens.add(new Token(tokens.size(), 0, m.group(), m.start(), m.end(), "NNP", m.group(),
            people.contains(m.group()) ? "PERSON" : "O"));
      }
      return new AnnotatedText(text, List.of(new Sentence(0, 0, text.length(), tokens)), tokens,
          List.of(), List.of());
    }

    @Override
    public AnnotatedText retime(AnnotatedText annotated, LocalDate referenceDate) {
      return annotated;
    }
  }

  private static ReadResult article(String id, String text) {
    return new ReadResult.Ok(new SourceArticle(id, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(LocalDate.of(2023, 3, 14)), DocumentDateSource.METADATA,
        Optional.empty(), text, InputOrigin.file(id + ".txt"), "hash-" + id, List.of()));
  }

  @Test
  void everyWrittenDocumentIsStored() throws Exception {
    ArticlePipeline pipeline = PipelineFactory.create(PipelineConfig.defaults(),
        new FakeAnnotator(Set.of("Keller", "Lind")));
    DatabaseUrl url = DatabaseUrl.sqliteFile(dir.resolve("news.db"));
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (DatabaseSink sink = DatabaseSink.open(url, log)) {
      BatchRunner.Result result = new BatchRunner(pipeline, 2, log, sink).run(Stream.of(
          article("a1", "Keller spoke on Tuesday."), article("a2", "Lind and Keller met.")),
          dir.resolve("out"));
      assertEquals(2, result.summary().articlesWritten());
      assertEquals("2 articles: 2 inserted, 0 replaced, 0 unchanged, 0 failed", sink.tally().oneLine());
    }
    try (Connection c = url.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT article_id, name FROM people ORDER BY article_id, name")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2));
      }
      assertEquals(List.of("a1 Keller", "a2 Keller", "a2 Lind"), rows);
    }
  }
}
