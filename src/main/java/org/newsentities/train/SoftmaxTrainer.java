package org.newsentities.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsentities.extract.topics.LinearTopicModel;

/**
 * Trains a multinomial logistic regression with AdaGrad stochastic gradient descent and an L2
 * penalty (applied to the weights an example touches, the usual sparse approximation). Examples
 * carry a weight so that rare subjects are not drowned by the economy stories of Reuters.
 * Deterministic for a given seed.
 */
final class SoftmaxTrainer {

  /** One training example: feature indices and values, its class and its weight. */
  record Example(int[] features, double[] values, int label, double weight) {}

  record Params(int epochs, double learningRate, double l2, long seed) {}

  private final List<String> classes;
  private final List<String> featureNames;

  SoftmaxTrainer(List<String> classes, List<String> featureNames) {
    this.classes = List.copyOf(classes);
    this.featureNames = List.copyOf(featureNames);
  }

  /** The example of a feature map: features outside the vocabulary are dropped. */
  static Example example(Map<String, Double> features, Map<String, Integer> vocabulary, int label,
      double weight) {
    List<int[]> kept = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    features.forEach((name, value) -> {
      Integer index = vocabulary.get(name);
      if (index != null) {
        kept.add(new int[] {index});
        values.add(value);
      }
    });
    int[] idx = new int[kept.size()];
    double[] val = new double[kept.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = kept.get(i)[0];
      val[i] = values.get(i);
    }
    return new Example(idx, val, label, weight);
  }

  LinearTopicModel train(List<Example> examples, Params params) {
    int c = classes.size();
    int f = featureNames.size();
    double[] w = new double[f * c];
    double[] g2 = new double[f * c];
    double[] bias = new double[c];
    double[] biasG2 = new double[c];
    double l2PerExample = params.l2() / examples.size();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(params.seed());
    double[] scores = new double[c];
    for (int epoch = 0; epoch < params.epochs(); epoch++) {
      Collections.shuffle(order, random);
      double loss = 0;
      for (Example ex : order) {
        System.arraycopy(bias, 0, scores, 0, c);
        for (int k = 0; k < ex.features().length; k++) {
          int base = ex.features()[k] * c;
          double x = ex.values()[k];
          for (int j = 0; j < c; j++) {
            scores[j] += x * w[base + j];
          }
        }
        double[] p = LinearTopicModel.softmax(scores);
        loss -= ex.weight() * Math.log(Math.max(p[ex.label()], 1e-12));
        for (int j = 0; j < c; j++) {
          double err = ex.weight() * (p[j] - (j == ex.label() ? 1 : 0));
          biasG2[j] += err * err;
          bias[j] -= params.learningRate() * err / Math.sqrt(biasG2[j] + 1e-8);
          for (int k = 0; k < ex.features().length; k++) {
            int at = ex.features()[k] * c + j;
            double grad = err * ex.values()[k] + l2PerExample * w[at];
            g2[at] += grad * grad;
            w[at] -= params.learningRate() * grad / Math.sqrt(g2[at] + 1e-8);
          }
        }
      }
      System.err.printf("  epoch %d: weighted log-loss %.4f%n", epoch + 1, loss / order.size());
    }
    Map<String, float[]> weights = new HashMap<>();
    for (int i = 0; i < f; i++) {
      float[] row = new float[c];
      boolean any = false;
      for (int j = 0; j < c; j++) {
        row[j] = (float) w[i * c + j];
        any |= Math.abs(row[j]) >= 5e-5;
      }
      if (any) {
        weights.put(featureNames.get(i), row);
      }
    }
    return new LinearTopicModel(classes, bias, weights);
  }
}
