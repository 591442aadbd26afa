package org.newsentities.output.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.output.Json;

class DocumentFileReaderTest {

  @TempDir Path dir;

  private List<String> read(Path path) throws Exception {
    try (Stream<DocumentFileReader.Read> reads = new DocumentFileReader().read(path)) {
      return reads.map(r -> r instanceof DocumentFileReader.Document d
          ? "ok " + r.origin().substring(dir.toString().length() + 1) + " " + d.document().id()
          : "bad " + r.origin().substring(dir.toString().length() + 1) + ": "
              + ((DocumentFileReader.Unreadable) r).reason()).toList();
    }
  }

  @Test
  void readsWhatExtractWritesAndPassesOverOtherJson() throws Exception {
    Fixtures.writeAsExtractDoes(dir, List.of(Fixtures.march28(), Fixtures.march14()));
    Files.writeString(dir.resolve("summary.json"), "{\"articlesRead\": 2}");
    Files.writeString(dir.resolve(".fx-003.json123.tmp"), "{half");
    Files.writeString(dir.resolve("news.db"), "not json");
    assertEquals(List.of("ok fx-001.json fx-001", "ok fx-002.json fx-002"), read(dir));
  }

  @Test
  void readsJsonlLineByLineAndSaysWhichLineIsBroken() throws Exception {
    Path jsonl = dir.resolve("articles.jsonl");
    Files.writeString(jsonl, Json.compact().writeValueAsString(Fixtures.march14()) + "\n\n"
        + "{\"schemaVersion\": \"1.1\", \"id\": \"x\", \"text\": \"t\"}\n"
        + "{\"schemaVersion\": \"2.0\", \"id\": \"y\", \"text\": \"t\"}\n"
        + "{not json\n"
        + Json.compact().writeValueAsString(Fixtures.april2()) + "\n");
    assertEquals(List.of(
        "ok articles.jsonl:1 fx-001",
        "bad articles.jsonl:3: not a complete article document: no 'documentDateSource'",
        "bad articles.jsonl:4: schema version 2.0 is not supported (this news-entities reads 1.x)",
        "bad articles.jsonl:5: not valid JSON: Unexpected character ('n' (code 110)): was "
            + "expecting double-quote to start field name",
        "ok articles.jsonl:6 fx-003"), read(jsonl));
  }

  @Test
  void readsSchema10DocumentsAndUnknownFieldsOfLaterMinorVersions() throws Exception {
    String json = Json.compact().writeValueAsString(Fixtures.march14())
        .replace("\"schemaVersion\":\"1.1\"", "\"schemaVersion\":\"1.0\"");
    Files.writeString(dir.resolve("fx-001.json"), json);
    Files.writeString(dir.resolve("fx-002.json"), Json.compact().writeValueAsString(
        Fixtures.march28()).replaceAll("}$", ",\"sentiment\":{\"score\":0.5}}"));
    assertEquals(List.of("ok fx-001.json fx-001", "ok fx-002.json fx-002"), read(dir));
  }
}
