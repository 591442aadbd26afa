package org.newsentities.ingest;

import java.util.OptionalInt;

/** Where an article came from: a file, and for JSONL the 1-based line number. */
public record InputOrigin(String path, OptionalInt line) {

  public static InputOrigin file(String path) {
    return new InputOrigin(path, OptionalInt.empty());
  }

  public static InputOrigin line(String path, int line) {
    return new InputOrigin(path, OptionalInt.of(line));
  }

  /** "file.jsonl:12" or "file.txt", for messages. */
  @Override
  public String toString() {
    return line.isPresent() ? path + ":" + line.getAsInt() : path;
  }
}
