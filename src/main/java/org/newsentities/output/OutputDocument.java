package org.newsentities.output;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Provenance;

/**
 * What is written for one article (schema 1.1): the document's fields in the order of the 1.0
 * contract, then {@code provenance}. Provenance is about the run, not the article, so it is
 * attached here rather than carried through every stage of the pipeline.
 */
public record OutputDocument(@JsonUnwrapped ArticleDocument document, Provenance provenance) {}
