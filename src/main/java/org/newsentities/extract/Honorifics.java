package org.newsentities.extract;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Forms of address written before a name, in lower case ("Mr Morgan", "Dr. Lodhi"), and the
 * abbreviations written after one, as written ("Margaret Moran MP", "Ben Emmerson QC").
 */
public final class Honorifics {

  public static final Set<String> BEFORE_NAME = Set.of("mr", "mrs", "ms", "miss", "dr", "mr.",
      "mrs.", "ms.", "dr.");

  /** Elected members' seats after a name: a post (each is a head in {@code heads.tsv}). */
  public static final Set<String> SEATS_AFTER_NAME = Set.of("MP", "MEP", "MSP", "AM");

  /** Honours after a name: "QC is an honour like CBE, not a title". */
  private static final Set<String> HONOURS_AFTER_NAME = Set.of("QC", "KC", "CBE", "OBE", "MBE",
      "KBE", "DBE", "CH", "VC", "GC");

  /** Seats and honours after a name, none part of it (as written: "AM", never "am"). */
  public static final Set<String> AFTER_NAME = Stream.concat(SEATS_AFTER_NAME.stream(),
      HONOURS_AFTER_NAME.stream()).collect(Collectors.toUnmodifiableSet());

  private Honorifics() {}
}
