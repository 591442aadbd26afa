package org.newsentities.spark;

import java.io.Serializable;

/**
 * What became of one input record on an executor: the article's JSON line and its document date
 * (partition key), or a failure record as JSON.
 */
public record ArticleOutcome(boolean ok, String documentDate, String json) implements Serializable {}
