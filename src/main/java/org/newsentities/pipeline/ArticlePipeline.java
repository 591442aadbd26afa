package org.newsentities.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.annotate.TextAnnotator;
import org.newsentities.config.PipelineConfig;
import org.newsentities.extract.DateExtractor;
import org.newsentities.extract.EntityMentionExtractor;
import org.newsentities.extract.EntitySpan;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DateExpr;
import org.newsentities.resolve.EntityAssembler;

/**
 * The stages of one article, in order: annotate → extract entity mentions and dates → group
 * mentions into entities → assemble the output document. Holds only immutable, thread-safe stages,
 * so one instance serves every thread of a run.
 */
public final class ArticlePipeline {

  private final PipelineConfig config;
  private final TextAnnotator annotator;
  private final EntityMentionExtractor mentionExtractor = new EntityMentionExtractor();
  private final DateExtractor dateExtractor = new DateExtractor();
  private final EntityAssembler assembler;

  public ArticlePipeline(PipelineConfig config, TextAnnotator annotator, EntityAssembler assembler) {
    this.config = config;
    this.annotator = annotator;
    this.assembler = assembler;
  }

  public ProcessedArticle process(SourceArticle article) {
    if (article.text().length() > config.maxArticleChars()) {
      throw new ArticleRejectedException(String.format(
          "article has %,d characters, over the limit of %,d (maxArticleChars); not processed",
          article.text().length(), config.maxArticleChars()));
    }
    List<String> warnings = new ArrayList<>(article.warnings());
    AnnotatedText annotated = annotator.annotate(article.text(), article.documentDate());
    warnings.addAll(annotated.warnings());
    List<EntitySpan> spans = mentionExtractor.extract(annotated);
    EntityAssembler.Entities entities = assembler.assemble(spans);
    List<DateExpr> dates = dateExtractor.extract(annotated);
    ArticleDocument document =
        new ArticleDocument(
            ArticleDocument.SCHEMA_VERSION,
            article.id(),
            article.source(),
            article.url(),
            article.headline(),
            article.documentDate().map(Object::toString),
            article.dateSource(),
            article.dateline(),
            article.text(),
            entities.people(),
            entities.organizations(),
            entities.locations(),
            dates,
            List.of(),
            List.of(),
            List.of());
    return new ProcessedArticle(document, annotated.tokens().size(), warnings);
  }
}
