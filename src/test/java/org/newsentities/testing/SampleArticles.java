package org.newsentities.testing;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsentities.ingest.ArticleSource;
import org.newsentities.ingest.ReadResult;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;

/**
 * The two sample articles of corpus/, whose gold files are corpus/gold/&lt;id&gt;.json. corpus/ also
 * holds the annotated dev and held-out test articles (corpus/gold/dev, corpus/gold/test); tests
 * that check what the pipeline finds run on the samples only, so no test is tuned on the others.
 */
public final class SampleArticles {

  public static final Set<String> IDS = Set.of("000_30514b1f612866db", "003_0123780796fad852");

  private static Map<String, ArticleDocument> documents;

  private SampleArticles() {}

  /** The sample articles, read from corpus/ with the project's own reader. */
  public static List<SourceArticle> read() {
    try (var results = new ArticleSource().read(Path.of("corpus"))) {
      return results
          .filter(r -> r instanceof ReadResult.Ok ok && IDS.contains(ok.article().id()))
          .map(r -> ((ReadResult.Ok) r).article())
          .toList();
    }
  }

  /**
   * The pipeline's documents for the sample articles, by id, in reading order: processed once per
   * test JVM with {@link SharedModels#pipeline()}, for every IT that checks them.
   */
  public static synchronized Map<String, ArticleDocument> documents() {
    if (documents == null) {
      Map<String, ArticleDocument> byId = new LinkedHashMap<>();
      for (SourceArticle article : read()) {
        byId.put(article.id(), SharedModels.pipeline().process(article).document());
      }
      documents = Collections.unmodifiableMap(byId);
    }
    return documents;
  }
}
