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
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsentities.config.Resources;

/**
 * In how many background news texts each normalized word occurs, for the inverse document
 * frequency of keyphrase words. Stored as gzipped text: a {@code documents<TAB>N} line, then
 * {@code word<TAB>df} lines. Words seen in fewer than two texts are left out; they get the idf of
 * a word seen once.
 */
public final class DocumentFrequencies {

  private final int documents;
  private final Map<String, Integer> counts;

  public DocumentFrequencies(int documents, Map<String, Integer> counts) {
    this.documents = documents;
    this.counts = Map.copyOf(counts);
  }

  public int documents() {
    return documents;
  }

  public int df(String lemma) {
    return counts.getOrDefault(lemma, 0);
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
  public double idf(String lemma) {
    return Math.log((documents + 1.0) / (df(lemma) + 1.0)) + 1;
  }

  public static DocumentFrequencies load(String location) {
    try (InputStream raw = Resources.open(location);
        InputStream in = location.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = -1;
      Map<String, Integer> counts = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IOException(location + ": expected word<TAB>count: " + line);
        }
        int v = Integer.parseInt(line.substring(tab + 1).strip());
        if (line.startsWith("documents\t") && n < 0) {
          n = v;
        } else {
          counts.put(line.substring(0, tab), v);
        }
      }
      if (n <= 0) {
        throw new IOException(location + ": no 'documents' line");
      }
      return new DocumentFrequencies(n, counts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document frequencies " + location, e);
    }
  }

  public void save(Path file, int minDf, String comment) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      w.write("# " + comment + "\n");
      w.write("documents\t" + documents + "\n");
      for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
        if (e.getValue() >= minDf && !e.getKey().equals("documents")) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
