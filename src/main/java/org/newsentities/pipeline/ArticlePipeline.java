package org.newsentities.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.config.PipelineConfig;
import org.newsentities.extract.DateStage;
import org.newsentities.extract.DocumentDating;
import org.newsentities.extract.EntityMentionExtractor;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.TopicStage;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.resolve.TitleResolution;
import org.newsentities.resolve.TitleResolver;

/**
 * The stages of one article, in order: annotate (CoreNLP) → dates and document date → entity
 * mentions → titles resolved to people and organizations (which also groups mentions into
 * entities) → topics and keyphrases → the output document. Holds only immutable, thread-safe
 * stages, so one instance serves every thread of a run.
 */
public final class ArticlePipeline {

  private final PipelineConfig config;
  private final TextAnnotator annotator;
  private final DateStage dateStage;
  private final EntityMentionExtractor mentionExtractor = new EntityMentionExtractor();
  private final TitleResolver titleResolver;
  private final TopicStage topicStage;

  public ArticlePipeline(PipelineConfig config, TextAnnotator annotator, DateStage dateStage,
      TitleResolver titleResolver, TopicStage topicStage) {
    this.config = config;
    this.annotator = annotator;
    this.dateStage = dateStage;
    this.titleResolver = titleResolver;
    this.topicStage = topicStage;
  }

  public ProcessedArticle process(SourceArticle article) {
    if (article.text().length() > config.maxArticleChars()) {
      throw new ArticleRejectedException(String.format(
          "article has %,d characters, over the limit of %,d (maxArticleChars); not processed",
          article.text().length(), config.maxArticleChars()));
    }
    List<String> warnings = new ArrayList<>(article.warnings());
    AnnotatedText annotated = annotator.annotate(article.text(), article.documentDate());
    StageTimings timings = new StageTimings(annotated.stageNanos());
    long t = System.nanoTime();
    DocumentDating dating = dateStage.date(annotated, article.documentDate(), article.dateSource());
    annotated = dating.annotated();
    warnings.addAll(annotated.warnings());
    long now = System.nanoTime();
    timings = timings.plus("dates", now - t);
    t = now;
    List<EntitySpan> spans = mentionExtractor.extract(annotated);
    TitleResolution resolved = titleResolver.resolve(annotated, spans);
    now = System.nanoTime();
    timings = timings.plus("entities+titles", now - t);
    t = now;
    TopicStage.Subjects subjects = topicStage.classify(article.headline(), annotated, spans);
    timings = timings.plus("topics", System.nanoTime() - t);
    ArticleDocument document =
        new ArticleDocument(
            ArticleDocument.SCHEMA_VERSION,
            article.id(),
            article.source(),
            article.url(),
            article.headline(),
            dating.documentDate().map(Object::toString),
            dating.source(),
            article.dateline(),
            article.text(),
            resolved.people(),
            resolved.organizations(),
            resolved.locations(),
            dating.dates(),
            subjects.topics(),
            subjects.keyphrases(),
            resolved.unresolvedTitles());
    return new ProcessedArticle(document, annotated.tokens().size(), warnings, timings);
  }
}
