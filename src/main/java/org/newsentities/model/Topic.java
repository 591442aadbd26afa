package org.newsentities.model;

/** A subject from the IPTC Media Topics taxonomy with a score in [0,1]. */
public record Topic(String label, String code, double score) {}
