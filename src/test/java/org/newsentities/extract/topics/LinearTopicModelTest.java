package org.newsentities.extract.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearTopicModelTest {

  @Test
  void savedModelReadsBackWithTheSameProbabilities(@TempDir Path dir) {
    LinearTopicModel model = new LinearTopicModel(List.of("a", "b"), new double[] {0.5, -0.5},
        Map.of("w:goal", new float[] {-1f, 2f}, "w:share", new float[] {1.5f, -1f}));
    Path file = dir.resolve("m.tsv.gz");
    model.save(file, List.of("test"));
    LinearTopicModel read = LinearTopicModel.load(file.toString());
    Map<String, Double> x = Map.of("w:goal", 0.8, "w:unknown", 3.0);
    assertEquals(List.of("a", "b"), read.classes());
    assertArrayEquals(model.probabilities(x), read.probabilities(x), 1e-4);
    double[] p = read.probabilities(x);
    assertEquals(1.0, p[0] + p[1], 1e-9);
  }
}
