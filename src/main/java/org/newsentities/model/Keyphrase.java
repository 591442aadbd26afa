package org.newsentities.model;

/** A phrase that says what the article is about, with a relative score in [0,1]. */
public record Keyphrase(String text, double score) {}
