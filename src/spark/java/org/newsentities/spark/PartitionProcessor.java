package org.newsentities.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import org.newsentities.config.PipelineConfig;
import org.newsentities.ingest.ReadResult;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.output.Json;
import org.newsentities.pipeline.ArticleFailure;
import org.newsentities.output.OutputDocument;
import org.newsentities.pipeline.ArticlePipeline;
import org.newsentities.pipeline.PipelineVersion;
import org.newsentities.pipeline.ProcessedArticle;

/**
 * Turns read results into outcomes on an executor, with the executor's one pipeline. A failing
 * article becomes a failure record, never a failed task.
 */
final class PartitionProcessor {

  /** Partition key of articles without a document date. */
  static final String NO_DATE = "none";

  private final ArticlePipeline pipeline;
  private final PipelineVersion version;

  PartitionProcessor(PipelineConfig config) {
    this.pipeline = PipelineHolder.get(config);
    this.version = PipelineVersion.of(config);
  }

  ArticleOutcome process(ReadResult result) {
    if (result instanceof ReadResult.Failed f) {
      return failure(ArticleFailure.of(f.origin(), f.articleId(), "input", f.reason()));
    }
    SourceArticle article = ((ReadResult.Ok) result).article();
    try {
      ProcessedArticle processed = pipeline.process(article);
      ArticleDocument doc = processed.document();
      // The same schema-1.1 record as the local runner writes: the document plus its provenance.
      OutputDocument out =
          new OutputDocument(doc, version.provenance(article, processed.warnings()));
      return new ArticleOutcome(true, doc.documentDate().orElse(NO_DATE),
          Json.compact().writeValueAsString(out));
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
