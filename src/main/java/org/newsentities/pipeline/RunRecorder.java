package org.newsentities.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsentities.ingest.InputOrigin;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.output.EntityCounts;
import org.newsentities.output.Json;
import org.newsentities.output.JsonLinesLog;

/**
 * Records what became of every article of a run, from any thread: a line in
 * {@code manifest.jsonl}, a line in {@code errors.jsonl} for a failure, a one-line message on
 * stderr for failures and warnings, the progress count and the run's totals. Without a report
 * directory (JSONL to stdout), only stderr and the totals.
 */
public final class RunRecorder implements Closeable {

  private final Optional<Path> reportDir;
  private final Optional<JsonLinesLog> manifest;
  private final Optional<JsonLinesLog> errors;
  private final ProgressReporter progress;
  final AtomicInteger read = new AtomicInteger();
  final AtomicInteger written = new AtomicInteger();
  final AtomicInteger skipped = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  final AtomicInteger timedOut = new AtomicInteger();
  final AtomicInteger withWarnings = new AtomicInteger();
  final AtomicLong tokens = new AtomicLong();

  public RunRecorder(Optional<Path> reportDir, ProgressReporter progress) throws IOException {
    this.reportDir = reportDir;
    this.progress = progress;
    this.manifest = reportDir.isPresent()
        ? Optional.of(new JsonLinesLog(reportDir.get().resolve("manifest.jsonl"))) : Optional.empty();
    this.errors = reportDir.isPresent()
        ? Optional.of(new JsonLinesLog(reportDir.get().resolve("errors.jsonl"))) : Optional.empty();
  }

  public ProgressReporter progress() {
    return progress;
  }

  void ok(SourceArticle a, String output, long ms, EntityCounts counts, List<String> warnings,
      long articleTokens) {
    written.incrementAndGet();
    tokens.addAndGet(articleTokens);
    warn(a.origin(), a.id(), warnings);
    manifest(new ManifestEntry(Optional.of(a.id()), Optional.of(output), a.origin().path(),
        line(a.origin()), Optional.of(a.contentHash()), "ok", ms, Optional.of(counts), warnings,
        Optional.empty()));
  }

  void skipped(SourceArticle a, String output, EntityCounts counts, List<String> warnings) {
    skipped.incrementAndGet();
    warn(a.origin(), a.id(), warnings);
    manifest(new ManifestEntry(Optional.of(a.id()), Optional.of(output), a.origin().path(),
        line(a.origin()), Optional.of(a.contentHash()), "skipped", 0, Optional.of(counts),
        warnings, Optional.empty()));
  }

  void failed(ArticleFailure failure, Optional<String> sha256, long ms, List<String> warnings) {
    failed.incrementAndGet();
    if (failure.kind().equals("timeout")) {
      timedOut.incrementAndGet();
    }
    progress.message("failed: " + failure.message());
    manifest(new ManifestEntry(failure.articleId(), Optional.empty(), failure.file(),
        failure.line(), sha256, "failed", ms, Optional.empty(), warnings,
        Optional.of(failure.reason())));
    errors.ifPresent(log -> append(log, failure));
  }

  /** A warning that is not about one article's content (e.g. a duplicate name). */
  void warn(InputOrigin origin, String id, List<String> warnings) {
    if (!warnings.isEmpty()) {
      withWarnings.incrementAndGet();
    }
    for (String w : warnings) {
      progress.message("warning: " + origin + " [" + id + "]: " + w);
    }
  }

  void writeSummary(RunSummary summary) throws IOException {
    if (reportDir.isEmpty()) {
      return;
    }
    Path target = reportDir.get().resolve("summary.json");
    Path tmp = reportDir.get().resolve(".summary.json.tmp");
    try {
      Files.write(tmp, Json.pretty().writeValueAsBytes(summary));
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void manifest(ManifestEntry entry) {
    progress.articleDone();
    manifest.ifPresent(log -> append(log, entry));
  }

  private static void append(JsonLinesLog log, Object record) {
    try {
      log.append(record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run's records", e);
    }
  }

  private static Optional<Integer> line(InputOrigin origin) {
    return origin.line().isPresent() ? Optional.of(origin.line().getAsInt()) : Optional.empty();
  }

  @Override
  public void close() throws IOException {
    if (manifest.isPresent()) {
      manifest.get().close();
    }
    if (errors.isPresent()) {
      errors.get().close();
    }
  }
}
