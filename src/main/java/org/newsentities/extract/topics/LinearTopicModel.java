package org.newsentities.extract.topics;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsentities.config.Resources;

/**
 * A multinomial logistic regression over sparse features: one weight per (feature, subject) and a
 * bias per subject; {@link #probabilities} is the softmax of the scores. Stored as a gzipped,
 * tab-separated text file ({@code zcat} shows it): a {@code classes} line with the subject codes,
 * a {@code bias} line, then one line per feature with its weights in class order.
 */
public final class LinearTopicModel {

  static final String FORMAT = "news-entities-topic-model/1";

  private final List<String> classes;
  private final double[] bias;
  private final Map<String, float[]> weights;

  public LinearTopicModel(List<String> classes, double[] bias, Map<String, float[]> weights) {
    if (bias.length != classes.size()) {
      throw new IllegalArgumentException("one bias per class expected");
    }
    this.classes = List.copyOf(classes);
    this.bias = bias.clone();
    this.weights = Map.copyOf(weights);
  }

  public List<String> classes() {
    return classes;
  }

  public int featureCount() {
    return weights.size();
  }

  /** The probability of each class (in {@link #classes()} order) given a text's features. */
  public double[] probabilities(Map<String, Double> features) {
    double[] scores = bias.clone();
    for (Map.Entry<String, Double> f : features.entrySet()) {
      float[] w = weights.get(f.getKey());
      if (w != null) {
        double x = f.getValue();
        for (int c = 0; c < scores.length; c++) {
          scores[c] += x * w[c];
        }
      }
    }
    return softmax(scores);
  }

  /** Probabilities from scores, shifted by their maximum so no exponent overflows. */
  public static double[] softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    double[] p = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      p[i] = Math.exp(scores[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  public static LinearTopicModel load(String location) {
    try (InputStream raw = Resources.open(location);
        InputStream in = location.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r, location);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the topic model " + location, e);
    }
  }

  private static LinearTopicModel read(BufferedReader r, String origin) throws IOException {
    List<String> classes = null;
    double[] bias = null;
    Map<String, float[]> weights = new HashMap<>();
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      switch (cols[0]) {
        case "format" -> {
          if (!FORMAT.equals(cols[1])) {
            throw new IOException(origin + ": unknown model format " + cols[1]);
          }
        }
        case "classes" -> classes = List.of(cols).subList(1, cols.length);
        case "bias" -> {
          bias = new double[cols.length - 1];
          for (int i = 1; i < cols.length; i++) {
            bias[i - 1] = Double.parseDouble(cols[i]);
          }
        }
        default -> {
          if (classes == null || cols.length != classes.size() + 1) {
            throw new IOException(origin + ":" + lineNo + ": expected a feature and "
                + (classes == null ? "?" : classes.size()) + " weights after the classes line");
          }
          float[] w = new float[classes.size()];
          for (int i = 1; i < cols.length; i++) {
            w[i - 1] = Float.parseFloat(cols[i]);
          }
          weights.put(cols[0], w);
        }
      }
    }
    if (classes == null || bias == null) {
      throw new IOException(origin + ": no classes or bias line: not a topic model");
    }
    return new LinearTopicModel(classes, bias, weights);
  }

  /** Writes the model; gzipped when {@code file} ends with .gz. Features in sorted order. */
  public void save(Path file, List<String> comments) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      for (String c : comments) {
        w.write("# " + c + "\n");
      }
      w.write("format\t" + FORMAT + "\n");
      w.write("classes\t" + String.join("\t", classes) + "\n");
      w.write("bias" + joined(bias) + "\n");
      for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
        float[] v = e.getValue();
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
          d[i] = v[i];
        }
        w.write(e.getKey() + joined(d) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String joined(double[] values) {
    List<String> parts = new ArrayList<>();
    for (double v : values) {
      parts.add(String.format(Locale.ROOT, "%.4f", v).replace("-0.0000", "0.0000"));
    }
    return "\t" + String.join("\t", parts);
  }
}
