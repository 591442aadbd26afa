package org.newsentities.output;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.model.Provenance;

/**
 * Writes every article as one line of a JSONL file. The run writes {@code <file>.partial} and
 * renames it over {@code <file>} at the end, so readers only ever see a complete stream.
 *
 * <p>Incremental: the records of the previous file that are still current are copied forward
 * instead of being made again. A run killed half-way leaves its {@code .partial}; the next run
 * moves its complete lines to {@code <file>.recovered} and copies them forward too, so the work of
 * the killed run is not lost. Only an index (id, input hash, offset) is held in memory.
 */
public final class JsonlFileWriter implements ArticleSink {

  private record Indexed(RandomAccessFile source, long offset, int length, ExistingOutput output) {}

  private final Path target;
  private final Path partial;
  private final Path recovered;
  private final Map<String, Deque<Indexed>> index = new HashMap<>();
  private final List<RandomAccessFile> sources = new ArrayList<>();
  private final OutputStream out;
  private boolean committed;

  /** With {@code force}, earlier records are not reused. */
  public JsonlFileWriter(Path target, boolean force) throws IOException {
    this.target = target;
    this.partial = sibling(target, ".partial");
    this.recovered = sibling(target, ".recovered");
    Files.createDirectories(target.toAbsolutePath().getParent());
    if (Files.exists(partial)) {
      appendCompleteLines(partial, recovered);
      Files.delete(partial);
    }
    if (!force) {
      indexFile(target);
      indexFile(recovered);
    }
    this.out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW);
  }

  @Override
  public synchronized Optional<EntityCounts> keepIfCurrent(String name, String id,
      Provenance expected) throws IOException {
    Deque<Indexed> candidates = index.get(key(id, expected.inputSha256()));
    if (candidates == null) {
      return Optional.empty();
    }
    for (Indexed candidate : candidates) {
      if (candidate.output().isCurrent(expected)) {
        candidates.remove(candidate);
        byte[] line = new byte[candidate.length()];
        candidate.source().seek(candidate.offset());
        candidate.source().readFully(line);
        writeLine(line);
        return Optional.of(candidate.output().counts());
      }
    }
    return Optional.empty();
  }

  @Override
  public String outputName(String name) {
    return target.getFileName().toString();
  }

  @Override
  public String write(OutputDocument document, String name) throws IOException {
    byte[] json = Json.compact().writeValueAsBytes(document);
    synchronized (this) {
      writeLine(json);
    }
    return target.getFileName().toString();
  }

  private void writeLine(byte[] json) throws IOException {
    // one write per record and a flush: a killed run leaves whole lines for the next one
    out.write(Json.line(json));
    out.flush();
  }

  @Override
  public synchronized void commit() throws IOException {
    out.close();
    closeSources();
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(recovered);
    committed = true;
  }

  @Override
  public synchronized void close() throws IOException {
    if (!committed) {
      out.close();
      closeSources();
    }
  }

  private void closeSources() throws IOException {
    for (RandomAccessFile source : sources) {
      source.close();
    }
    sources.clear();
    index.clear();
  }

  private void indexFile(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    RandomAccessFile source = new RandomAccessFile(file.toFile(), "r");
    sources.add(source);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long offset = 0;
      for (byte[] line; (line = nextCompleteLine(in)) != null; offset += line.length + 1) {
        long start = offset;
        byte[] record = line;
        ExistingOutput.read(record).ifPresent(existing ->
            index.computeIfAbsent(key(existing.id(), existing.provenance().inputSha256()),
                k -> new ArrayDeque<>()).add(new Indexed(source, start, record.length, existing)));
      }
    }
  }

  private static void appendCompleteLines(Path from, Path to) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(from), 1 << 16);
        OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND)) {
      for (byte[] line; (line = nextCompleteLine(in)) != null; ) {
        out.write(line);
        out.write('\n');
      }
    }
  }

  /** The next line ended by '\n' (without it); null at the end, and for a cut-off last line. */
  private static byte[] nextCompleteLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        return line.toByteArray();
      }
      line.write(b);
    }
    return null;
  }

  private static String key(String id, String sha256) {
    return id + '\n' + sha256;
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }
}
