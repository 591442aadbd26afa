package org.newsentities.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.newsentities.output.EntityCounts;

/**
 * One line of {@code manifest.jsonl}: what became of one article of the run.
 *
 * @param output the file written or kept ({@code <name>.json}, or the JSONL file's name)
 * @param status {@code ok} (written by this run), {@code skipped} (the existing output is current)
 *     or {@code failed} (see {@code errors.jsonl})
 * @param ms time spent on the article by this run
 */
@JsonPropertyOrder({"id", "output", "input", "line", "sha256", "status", "ms", "counts",
    "warnings", "reason"})
public record ManifestEntry(
    Optional<String> id,
    Optional<String> output,
    String input,
    Optional<Integer> line,
    Optional<String> sha256,
    String status,
    long ms,
    Optional<EntityCounts> counts,
    List<String> warnings,
    Optional<String> reason) {

  public ManifestEntry {
    warnings = List.copyOf(warnings);
  }
}
