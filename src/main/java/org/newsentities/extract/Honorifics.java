package org.newsentities.extract;

import java.util.Set;

/** Forms of address written before a name, in lower case: "Mr Morgan", "Dr. Lodhi". */
public final class Honorifics {

  public static final Set<String> BEFORE_NAME = Set.of("mr", "mrs", "ms", "miss", "dr", "mr.",
      "mrs.", "ms.", "dr.");

  private Honorifics() {}
}
