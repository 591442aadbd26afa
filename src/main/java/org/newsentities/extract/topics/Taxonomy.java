package org.newsentities.extract.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsentities.config.Resources;

/**
 * The subject taxonomy: codes, labels and parents as the taxonomy file writes them (IPTC Media
 * Topics by default). Topics are output with exactly these labels and codes.
 */
public final class Taxonomy {

  /** One subject; {@code parent} is empty for a top-level subject. */
  public record Subject(String code, String label, Optional<String> parent) {
    public boolean isTopLevel() {
      return parent.isEmpty();
    }
  }

  private final Map<String, Subject> byCode;

  private Taxonomy(Map<String, Subject> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** Reads {@code code<TAB>label[<TAB>parent]} lines; a parent must be listed before its children. */
  public static Taxonomy load(String location) {
    return parse(Resources.lines(location), location);
  }

  static Taxonomy parse(List<String> lines, String origin) {
    Map<String, Subject> byCode = new LinkedHashMap<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException(origin + ": expected code<TAB>label[<TAB>parent]: " + line);
      }
      Optional<String> parent = cols.length > 2 && !cols[2].isBlank()
          ? Optional.of(cols[2].strip()) : Optional.empty();
      if (parent.isPresent() && !byCode.containsKey(parent.get())) {
        throw new IllegalArgumentException(origin + ": parent " + parent.get() + " of " + cols[0]
            + " is not listed before it");
      }
      byCode.put(cols[0].strip(), new Subject(cols[0].strip(), cols[1].strip(), parent));
    }
    if (byCode.isEmpty()) {
      throw new IllegalArgumentException(origin + ": no subjects");
    }
    return new Taxonomy(byCode);
  }

  public Optional<Subject> subject(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Subject require(String code) {
    Subject s = byCode.get(code);
    if (s == null) {
      throw new IllegalArgumentException("code not in the taxonomy: " + code);
    }
    return s;
  }

  /** The top-level ancestor's code of {@code code} (itself when top-level). */
  public String topLevelOf(String code) {
    Subject s = require(code);
    while (s.parent().isPresent()) {
      s = require(s.parent().get());
    }
    return s.code();
  }

  public List<Subject> topLevel() {
    List<Subject> out = new ArrayList<>();
    for (Subject s : byCode.values()) {
      if (s.isTopLevel()) {
        out.add(s);
      }
    }
    return out;
  }

  public List<Subject> all() {
    return List.copyOf(byCode.values());
  }
}
