package org.newsentities.output.db;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts what a run did to a database, and keeps each failure's message. Thread-safe. */
public final class LoadTally {

  private final Map<StoreResult.Status, Integer> counts = new EnumMap<>(StoreResult.Status.class);
  private final List<String> failures = new ArrayList<>();

  /** Counts a result; returns the failure message ("origin [id]: reason"), if it failed. */
  public synchronized String add(StoreResult result, String origin) {
    counts.merge(result.status(), 1, Integer::sum);
    if (!result.failed()) {
      return "";
    }
    String message = origin + " [" + result.articleId() + "]: " + result.reason().orElse("failed");
    failures.add(message);
    return message;
  }

  /** An input that could not be read as a document: a failure that never reached the database. */
  public synchronized String unreadable(String origin, String reason) {
    counts.merge(StoreResult.Status.FAILED, 1, Integer::sum);
    String message = origin + ": " + reason;
    failures.add(message);
    return message;
  }

  public synchronized int count(StoreResult.Status status) {
    return counts.getOrDefault(status, 0);
  }

  public synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  public synchronized int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** "300 articles: 298 inserted, 0 replaced, 1 unchanged, 1 failed". */
  public synchronized String oneLine() {
    return String.format("%d articles: %d inserted, %d replaced, %d unchanged, %d failed", total(),
        count(StoreResult.Status.INSERTED), count(StoreResult.Status.REPLACED),
        count(StoreResult.Status.UNCHANGED), count(StoreResult.Status.FAILED));
  }
}
