package org.newsentities.resolve;

import java.util.Collection;
import java.util.Set;
import org.newsentities.config.Resources;

/**
 * Common given names ({@code models/lexicons/given-names.txt}, built from CoNLL-2003 training
 * names): they tell a person's name that the tagger put into an organization after a title ("DJ
 * Mike Read") from an organization that starts with a title word ("Chancellor Group"); and they
 * show where a person's name starts in a run that the tagger glued or cut ("Marvel Knights Joe
 * Quesada", "Jean - Claude Juncker": {@code extract.NameBoundaries}).
 */
public final class GivenNames {

  static final String FILE = "models/lexicons/given-names.txt";

  private final Set<String> names;

  GivenNames(Collection<String> names) {
    this.names = Set.copyOf(names);
  }

  public static GivenNames load() {
    return new GivenNames(Resources.lines(FILE));
  }

  /** Whether the word, as written, is a given name ("Mike", not "mike" or "MIKE"). */
  public boolean contains(String word) {
    return names.contains(word);
  }
}
