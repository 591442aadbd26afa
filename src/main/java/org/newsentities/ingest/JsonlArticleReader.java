package org.newsentities.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.io.FilenameUtils;

/**
 * A {@code .jsonl} file (or standard input) holds one article object per line. Lines are read
 * lazily as bytes and decoded one by one, so a drop of any size streams in bounded memory and a
 * bad line (broken JSON, Latin-1 bytes) affects only itself. Blank lines are skipped.
 */
public final class JsonlArticleReader implements ArticleFileReader {

  @Override
  public Stream<ReadResult> read(Path file) {
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failed(InputOrigin.file(file.toString()), Optional.empty(),
          "cannot read: " + e.getMessage()));
    }
    return read(in, file.toString(), FilenameUtils.getBaseName(file.getFileName().toString()));
  }

  /** Reads JSONL from a stream (closed when the returned stream is closed). */
  public Stream<ReadResult> read(InputStream in, String name, String idPrefix) {
    Iterator<ReadResult> lines = new LineIterator(in, name, idPrefix);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> closeQuietly(in));
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing useful to do: the data was read
    }
  }

  private static final class LineIterator implements Iterator<ReadResult> {
    private final InputStream in;
    private final String name;
    private final String idPrefix;
    private int lineNumber;
    private ReadResult next;
    private boolean eof;

    LineIterator(InputStream in, String name, String idPrefix) {
      this.in = in;
      this.name = name;
      this.idPrefix = idPrefix;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !eof) {
        byte[] line = readLine();
        if (line == null) {
          eof = true;
        } else {
          lineNumber++;
          next = parseLine(line);
        }
      }
      return next != null;
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult result = next;
      next = null;
      return result;
    }

    private ReadResult parseLine(byte[] bytes) {
      InputOrigin origin = InputOrigin.line(name, lineNumber);
      if (DecodedText.looksBinary(bytes)) {
        return new ReadResult.Failed(origin, Optional.empty(), "binary data, not a JSON line");
      }
      DecodedText decoded = DecodedText.decode(bytes);
      if (decoded.text().isBlank()) {
        return null;
      }
      return JsonArticleParser.parse(decoded.text(), idPrefix + "-" + lineNumber, origin,
          Hashing.sha256(bytes), decoded.warning());
    }

    /** The next line's bytes without its terminator, or null at end of input. */
    private byte[] readLine() {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      try {
        int b;
        while ((b = in.read()) != -1) {
          if (b == '\n') {
            return stripCr(line.toByteArray());
          }
          line.write(b);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + name + " after line " + lineNumber, e);
      }
      return line.size() == 0 ? null : stripCr(line.toByteArray());
    }

    private static byte[] stripCr(byte[] bytes) {
      if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
        return java.util.Arrays.copyOf(bytes, bytes.length - 1);
      }
      return bytes;
    }
  }
}
