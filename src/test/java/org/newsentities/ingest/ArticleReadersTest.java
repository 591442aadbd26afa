package org.newsentities.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.model.DocumentDateSource;

class ArticleReadersTest {

  @TempDir Path dir;

  @Test
  void txtFileIdIsTheFileNameAndHeaderDateIsRecorded() throws IOException {
    Path file = Files.writeString(dir.resolve("003_abc.txt"), " date 2023-03-08 ISLAMABAD: Text.");
    SourceArticle a = only(new ArticleSource().read(file).toList());
    assertEquals("003_abc", a.id());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 8)), a.documentDate());
    assertEquals(DocumentDateSource.HEADER, a.dateSource());
    assertEquals("ISLAMABAD: Text.", a.text());
    assertEquals(64, a.contentHash().length());
  }

  @Test
  void jsonArticleWithAllFields() throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"),
        "{\"id\":\"x1\",\"headline\":\"H\",\"date\":\"2020-05-01T10:00:00Z\",\"text\":\"Body.\","
            + "\"url\":\"http://e/1\",\"source\":\"bbc\"}");
    SourceArticle a = only(new ArticleSource().read(file).toList());
    assertEquals("x1", a.id());
    assertEquals(Optional.of("H"), a.headline());
    assertEquals(Optional.of(LocalDate.of(2020, 5, 1)), a.documentDate());
    assertEquals(DocumentDateSource.METADATA, a.dateSource());
    assertEquals(Optional.of("http://e/1"), a.url());
    assertEquals(Optional.of("bbc"), a.source());
  }

  @Test
  void jsonlBrokenLineFailsAloneWithItsLineNumber() {
    String jsonl = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\n\n{\"text\":\"Three.\"}\n";
    List<ReadResult> results = new JsonlArticleReader()
        .read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "in.jsonl", "in")
        .toList();
    assertEquals(3, results.size());
    assertInstanceOf(ReadResult.Ok.class, results.get(0));
    ReadResult.Failed broken = assertInstanceOf(ReadResult.Failed.class, results.get(1));
    assertEquals("in.jsonl:2", broken.origin().toString());
    assertTrue(broken.reason().startsWith("broken JSON"), broken.reason());
    SourceArticle third = assertInstanceOf(ReadResult.Ok.class, results.get(2)).article();
    assertEquals("in-4", third.id(), "no id: file name and line number");
  }

  @Test
  void jsonWithoutTextIsAFailureNamingTheField() throws IOException {
    Path file = Files.writeString(dir.resolve("b.json"), "{\"id\":\"b\",\"headline\":\"H\"}");
    ReadResult.Failed f = assertInstanceOf(ReadResult.Failed.class,
        new ArticleSource().read(file).toList().get(0));
    assertEquals("missing required field 'text'", f.reason());
    assertEquals(Optional.of("b"), f.articleId());
  }

  @Test
  void latin1IsDecodedWithAWarning() throws IOException {
    Path file = dir.resolve("c.txt");
    Files.write(file, "M\u00fcnchen said.".getBytes(StandardCharsets.ISO_8859_1));
    SourceArticle a = only(new ArticleSource().read(file).toList());
    assertEquals("M\u00fcnchen said.", a.text());
    assertTrue(a.warnings().get(0).contains("not valid UTF-8"));
  }

  @Test
  void emptyAndBinaryFilesFailWithAReason() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "  \n");
    Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    List<ReadResult> results = new ArticleSource().read(dir).toList();
    assertEquals(List.of("binary file, not text", "empty file: no article text"),
        results.stream().map(r -> ((ReadResult.Failed) r).reason()).toList());
  }

  @Test
  void directoryWalkSkipsGoldAndHiddenFoldersAndOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("gold"));
    Files.createDirectories(dir.resolve(".cache"));
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("gold/a.json"), "{\"id\":\"a\"}");
    Files.writeString(dir.resolve(".cache/b.txt"), "Hidden.");
    Files.writeString(dir.resolve("notes.md"), "Not an article.");
    Files.writeString(dir.resolve("sub/c.txt"), "Nested article.");
    List<ReadResult> results = new ArticleSource().read(dir).toList();
    assertEquals(1, results.size());
    assertEquals("c", only(results).id());
  }

  private static SourceArticle only(List<ReadResult> results) {
    assertEquals(1, results.size(), results.toString());
    return assertInstanceOf(ReadResult.Ok.class, results.get(0)).article();
  }
}
