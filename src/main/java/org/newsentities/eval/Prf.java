package org.newsentities.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** True positives, false positives and false negatives, with precision, recall and F1 from them. */
@JsonPropertyOrder({"tp", "fp", "fn", "precision", "recall", "f1"})
public record Prf(int tp, int fp, int fn) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf other) {
    return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** tp / (tp + fp); 0 when nothing was predicted. */
  @JsonProperty
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn); 0 when there was nothing to find. */
  @JsonProperty
  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  @JsonProperty
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
