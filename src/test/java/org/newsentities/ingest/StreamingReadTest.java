package org.newsentities.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input is read as it is needed, never a whole drop or a whole over-long line at once. */
class StreamingReadTest {

  @TempDir Path dir;

  @Test
  void jsonlInsideADirectoryIsReadLineByLineNotBufferedWhole() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("drop"));
    Path file = sub.resolve("big.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      lines.add(String.format("{\"id\":\"n%05d\",\"text\":\"Article body number %05d.\"}", i, i));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    try (Stream<ReadResult> results = new ArticleSource().read(sub)) {
      Iterator<ReadResult> it = results.iterator();
      assertEquals("n00000", ((ReadResult.Ok) it.next()).article().id());
      // Rewrite the id of the last line on disk now. A reader that had pulled the whole file into
      // a buffer on the first article (as Stream.flatMap does) would still see the old id.
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        long lastLine = Files.size(file) - lines.get(19_999).length() - 1;
        raf.seek(lastLine + "{\"id\":\"".length());
        raf.write("LATER".getBytes(StandardCharsets.UTF_8));
      }
      ReadResult last = null;
      while (it.hasNext()) {
        last = it.next();
      }
      assertEquals("LATER9", ((ReadResult.Ok) last).article().id());
    }
  }

  @Test
  void aLineOverTheByteLimitIsRefusedAndTheNextLinesAreRead() {
    String huge = "{\"id\":\"huge\",\"text\":\"" + "x".repeat(5_000) + "\"}";
    String jsonl = "{\"id\":\"a\",\"text\":\"One.\"}\n" + huge + "\n{\"id\":\"b\",\"text\":\"Two.\"}\n";
    List<ReadResult> results = new JsonlArticleReader(new InputLimits(1_000))
        .read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "in.jsonl", "in")
        .toList();
    assertEquals(3, results.size());
    ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, results.get(1));
    assertEquals("in.jsonl:2", failed.origin().toString());
    assertEquals("line has 5,023 bytes, over the limit of 1,000 bytes (batch.maxInputBytes); not read",
        failed.reason());
    assertEquals("b", assertInstanceOf(ReadResult.Ok.class, results.get(2)).article().id());
  }

  @Test
  void aFileOverTheByteLimitIsRefusedWithoutReadingIt() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(1_000));
    ReadResult r = new ArticleSource(100).read(big).toList().get(0);
    assertEquals("file has 5,000 bytes, over the limit of 100 bytes (batch.maxInputBytes); not read",
        assertInstanceOf(ReadResult.Failed.class, r).reason());
  }

  @Test
  void emptyAndBinaryJsonlFilesAreOneFailureEach() throws IOException {
    Files.writeString(dir.resolve("a-empty.jsonl"), "\n\n");
    Files.write(dir.resolve("b-binary.jsonl"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
    List<ReadResult> results = new ArticleSource().read(dir).toList();
    assertEquals(List.of("empty file: no article lines", "binary file, not JSONL"),
        results.stream().map(r -> ((ReadResult.Failed) r).reason()).toList());
  }

  @Test
  void estimateCountsFilesAndJsonlLines() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "One.");
    Files.writeString(dir.resolve("b.jsonl"), "{}\n\n{}\n{}");
    assertEquals(4, ArticleSource.estimateCount(dir));
    assertTrue(ArticleSource.estimateCount(dir.resolve("a.txt")) == 1);
  }
}
