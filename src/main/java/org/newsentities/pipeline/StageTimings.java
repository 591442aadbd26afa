package org.newsentities.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Nanoseconds spent per named stage, in stage order; added up over articles for --profile. */
public record StageTimings(Map<String, Long> nanos) {

  public static final StageTimings NONE = new StageTimings(Map.of());

  public StageTimings {
    nanos = Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
  }

  public StageTimings plus(StageTimings other) {
    Map<String, Long> sum = new LinkedHashMap<>(nanos);
    other.nanos.forEach((stage, n) -> sum.merge(stage, n, Long::sum));
    return new StageTimings(sum);
  }

  public StageTimings plus(String stage, long n) {
    return plus(new StageTimings(Map.of(stage, n)));
  }

  public long total() {
    return nanos.values().stream().mapToLong(Long::longValue).sum();
  }
}
