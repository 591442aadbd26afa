package org.newsentities.pipeline;

import java.util.List;
import org.newsentities.model.ArticleDocument;

/**
 * The document of one article and what it cost: tokens, time per stage, and warnings met on the
 * way.
 */
public record ProcessedArticle(ArticleDocument document, int tokens, List<String> warnings,
    StageTimings timings) {
  public ProcessedArticle {
    warnings = List.copyOf(warnings);
  }
}
