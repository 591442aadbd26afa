package org.newsentities.model;

import java.util.Optional;

/** A title used as a stand-in for a person that the article never names ("the Spokeswoman said"). */
public record UnresolvedTitle(
    String title, Optional<String> organization, String text, int start, int end) {}
