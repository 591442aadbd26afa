package org.newsentities.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import org.newsentities.config.PipelineConfig;
import org.newsentities.ingest.ReadResult;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.output.Json;
import org.newsentities.pipeline.ArticleFailure;
import org.newsentities.pipeline.ArticlePipeline;

/**
 * Turns read results into outcomes on an executor, with the executor's one pipeline. A failing
 * article becomes a failure record, never a failed task.
 */
final class PartitionProcessor {

  /** Partition key of articles without a document date. */
  static final String NO_DATE = "none";

  private final ArticlePipeline pipeline;

  PartitionProcessor(PipelineConfig config) {
    this.pipeline = PipelineHolder.get(config);
  }

  ArticleOutcome process(ReadResult result) {
    if (result instanceof ReadResult.Failed f) {
      return failure(ArticleFailure.of(f.origin(), f.articleId(), "input", f.reason()));
    }
    SourceArticle article = ((ReadResult.Ok) result).article();
    try {
      ArticleDocument doc = pipeline.process(article).document();
      return new ArticleOutcome(true, doc.documentDate().orElse(NO_DATE),
          Json.compact().writeValueAsString(doc));
    } catch (RuntimeException | StackOverflowError | JsonProcessingException e) {
      return failure(ArticleFailure.of(article.origin(), Optional.of(article.id()), "error",
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }
  }

  private static ArticleOutcome failure(ArticleFailure failure) {
    try {
      return new ArticleOutcome(false, NO_DATE, Json.compact().writeValueAsString(failure));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a failure record", e);
    }
  }
}
