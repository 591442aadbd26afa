package org.newsentities.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * bad line (broken JSON, Latin-1 bytes) affects only itself. A line longer than the input limit is
 * skipped without being held in memory. Blank lines are skipped; a file with no article at all is
 * a failure, and so is a binary file.
 */
public final class JsonlArticleReader implements ArticleFileReader {

  private final InputLimits limits;

  public JsonlArticleReader() {
    this(InputLimits.defaults());
  }

  JsonlArticleReader(InputLimits limits) {
    this.limits = limits;
  }

  @Override
  public Stream<ReadResult> read(Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failed(InputOrigin.file(file.toString()), Optional.empty(),
          "cannot read: " + e.getMessage()));
    }
    return read(in, file.toString(), FilenameUtils.getBaseName(file.getFileName().toString()));
  }

  /** Reads JSONL from a stream (closed when the returned stream is closed). */
  public Stream<ReadResult> read(InputStream in, String name, String idPrefix) {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    Iterator<ReadResult> lines = new LineIterator(buffered, name, idPrefix, limits.maxBytes());
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> closeQuietly(buffered));
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing useful to do: the data was read
    }
  }

  private final class LineIterator implements Iterator<ReadResult> {
    private final BufferedInputStream in;
    private final String name;
    private final String idPrefix;
    private final long maxBytes;
    private int lineNumber;
    private long lineLength;
    private boolean sawArticleLine;
    private ReadResult next;
    private boolean eof;

    LineIterator(BufferedInputStream in, String name, String idPrefix, long maxBytes) {
      this.in = in;
      this.name = name;
      this.idPrefix = idPrefix;
      this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
      if (lineNumber == 0 && next == null && !eof && startsBinary()) {
        eof = true;
        next = new ReadResult.Failed(InputOrigin.file(name), Optional.empty(),
            "binary file, not JSONL");
        return true;
      }
      while (next == null && !eof) {
        byte[] line = readLine();
        if (line == null) {
          eof = true;
          if (!sawArticleLine) {
            next = new ReadResult.Failed(InputOrigin.file(name), Optional.empty(),
                "empty file: no article lines");
          }
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

    private boolean startsBinary() {
      byte[] head = new byte[8192];
      try {
        in.mark(head.length);
        int n = in.readNBytes(head, 0, head.length);
        in.reset();
        return DecodedText.looksBinary(Arrays.copyOf(head, n));
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + name, e);
      }
    }

    private ReadResult parseLine(byte[] bytes) {
      InputOrigin origin = InputOrigin.line(name, lineNumber);
      if (lineLength > maxBytes) {
        sawArticleLine = true;
        return new ReadResult.Failed(origin, Optional.empty(), limits.tooLarge("line", lineLength));
      }
      if (DecodedText.looksBinary(bytes)) {
        sawArticleLine = true;
        return new ReadResult.Failed(origin, Optional.empty(), "binary data, not a JSON line");
      }
      DecodedText decoded = DecodedText.decode(bytes);
      if (decoded.text().isBlank()) {
        return null;
      }
      sawArticleLine = true;
      return JsonArticleParser.parse(decoded.text(), idPrefix + "-" + lineNumber, origin,
          Hashing.sha256(bytes), decoded.warning());
    }

    /**
     * The next line's bytes without its terminator, or null at end of input. Past
     * {@code maxBytes} the rest of the line is counted in {@link #lineLength} but not kept.
     */
    private byte[] readLine() {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      lineLength = 0;
      try {
        int b;
        while ((b = in.read()) != -1) {
          if (b == '\n') {
            return stripCr(line.toByteArray());
          }
          if (++lineLength <= maxBytes) {
            line.write(b);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + name + " after line " + lineNumber, e);
      }
      return lineLength == 0 ? null : stripCr(line.toByteArray());
    }

    private static byte[] stripCr(byte[] bytes) {
      if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
        return Arrays.copyOf(bytes, bytes.length - 1);
      }
      return bytes;
    }
  }
}
