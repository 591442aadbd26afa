package org.newsentities.model;

import java.util.Optional;

/**
 * A position held by a person, as the article gives it.
 *
 * @param title the position only ("Acting Coordinator for Counterterrorism")
 * @param organization the organization or country the position belongs to, when the text says
 * @param former true for former/ex-/then-/outgoing roles
 * @param text the title phrase as it stands in the article, at {@code [start, end)}
 */
public record Title(
    String title, Optional<String> organization, boolean former, String text, int start, int end) {}
