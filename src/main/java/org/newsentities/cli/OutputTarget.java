package org.newsentities.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsentities.config.OutputFormat;

/**
 * Where a run writes, from {@code --format}, {@code --out} and {@code --reports}: a directory of
 * JSON files, a JSONL file, or standard output; and the directory of the run's reports.
 */
record OutputTarget(Kind kind, Optional<Path> path, Optional<Path> reportDir) {

  enum Kind { DIRECTORY, JSONL_FILE, STDOUT }

  static OutputTarget resolve(OutputFormat format, String out, Optional<Path> reports) {
    if (out.equals("-")) {
      if (format != OutputFormat.jsonl) {
        throw new IllegalArgumentException("--out - (standard output) needs --format jsonl");
      }
      return new OutputTarget(Kind.STDOUT, Optional.empty(), reports);
    }
    Path path = Path.of(out);
    if (format == OutputFormat.json) {
      if (Files.exists(path) && !Files.isDirectory(path)) {
        throw new IllegalArgumentException("--out " + out + " is a file; with --format json it "
            + "must be a directory (or use --format jsonl)");
      }
      return new OutputTarget(Kind.DIRECTORY, Optional.of(path), Optional.of(reports.orElse(path)));
    }
    Path file = Files.isDirectory(path) || !out.endsWith(".jsonl")
        ? path.resolve("articles.jsonl") : path;
    Path parent = file.toAbsolutePath().getParent();
    return new OutputTarget(Kind.JSONL_FILE, Optional.of(file), Optional.of(reports.orElse(parent)));
  }

  /** The directories this run writes into, which no other run may write into at the same time. */
  List<Path> lockedDirectories() {
    List<Path> dirs = new ArrayList<>();
    path.ifPresent(p -> dirs.add(kind == Kind.DIRECTORY ? p : p.toAbsolutePath().getParent()));
    reportDir.filter(r -> dirs.stream().noneMatch(d -> same(d, r))).ifPresent(dirs::add);
    return dirs;
  }

  String description() {
    return switch (kind) {
      case DIRECTORY -> path.orElseThrow() + "/";
      case JSONL_FILE -> path.orElseThrow().toString();
      case STDOUT -> "standard output";
    };
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
