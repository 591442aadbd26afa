package org.newsentities.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.IOUtils;

/**
 * Opens the project's own resources (lexicons, rules, models): a path on disk when it exists, else a
 * classpath resource (the jar ships {@code models/}). So users can point any of them at a file.
 */
public final class Resources {

  private Resources() {}

  public static InputStream open(String location) throws IOException {
    Path file = Path.of(location);
    if (Files.isRegularFile(file)) {
      return Files.newInputStream(file);
    }
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(location);
    if (in == null) {
      throw new IOException("resource not found, neither as a file nor on the classpath: " + location);
    }
    return in;
  }

  /** The non-blank lines of a text resource, without {@code #} comments. */
  public static List<String> lines(String location) {
    try (InputStream in = open(location)) {
      List<String> lines = new ArrayList<>();
      for (String line : IOUtils.readLines(in, StandardCharsets.UTF_8)) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!content.isEmpty()) {
          lines.add(content);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }

  /** A two-column tab-separated resource as an ordered map (first column → second). */
  public static Map<String, String> tsv(String location) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines(location)) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalArgumentException(location + ": expected two tab-separated columns: " + line);
      }
      map.put(cols[0].strip(), cols[1].strip());
    }
    return map;
  }
}
