package org.newsentities.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsentities.ingest.ArticleSource;
import org.newsentities.ingest.ReadResult;
import org.newsentities.ingest.SourceArticle;

/**
 * Finds the article a docgold file describes. With an articles path, every article under it
 * (any input format, JSONL included) is indexed by id once. Without one, the article is the file
 * {@code <id>.txt}, {@code <id>.json} or {@code <id>.jsonl} in the gold file's parent folder, or
 * else in the nearest ancestor folder that has one; folders named {@code gold} are passed over, so
 * gold in {@code corpus/gold/dev/} finds its article in {@code corpus/}.
 */
final class ArticleLocator {

  private static final List<String> EXTENSIONS = List.of(".txt", ".json", ".jsonl");

  private final ArticleSource source = new ArticleSource();
  private final Optional<Path> articles;
  private Map<String, SourceArticle> index;

  ArticleLocator(Optional<Path> articles) {
    this.articles = articles;
  }

  /** The article with this id, or why there is none. */
  Located find(String id, Path goldFile) {
    if (articles.isPresent()) {
      SourceArticle article = index().get(id);
      return article != null ? new Located(Optional.of(article), "")
          : new Located(Optional.empty(), "no article with id " + id + " in " + articles.get());
    }
    Path folder = goldFile.toAbsolutePath().normalize().getParent();
    for (Path dir = folder.getParent(); dir != null; dir = dir.getParent()) {
      if (dir.getFileName() != null && dir.getFileName().toString().equals("gold")) {
        continue;
      }
      for (String ext : EXTENSIONS) {
        Path candidate = dir.resolve(id + ext);
        if (Files.isRegularFile(candidate)) {
          return readOne(id, candidate);
        }
      }
    }
    return new Located(Optional.empty(), "no " + id + ".txt/.json/.jsonl in the folders above "
        + folder + " (give --articles)");
  }

  /** The article found, or the reason in {@code problem}. */
  record Located(Optional<SourceArticle> article, String problem) {}

  private Located readOne(String id, Path file) {
    try (Stream<ReadResult> results = source.read(file)) {
      List<ReadResult> all = results.toList();
      for (ReadResult r : all) {
        if (r instanceof ReadResult.Ok ok && (all.size() == 1 || ok.article().id().equals(id))) {
          return new Located(Optional.of(ok.article()), "");
        }
      }
      String reason = all.stream().filter(r -> r instanceof ReadResult.Failed)
          .map(r -> ((ReadResult.Failed) r).message()).findFirst()
          .orElse("no article with id " + id);
      return new Located(Optional.empty(), file + ": " + reason);
    }
  }

  private Map<String, SourceArticle> index() {
    if (index == null) {
      index = new HashMap<>();
      try (Stream<ReadResult> results = source.read(articles.orElseThrow())) {
        results.filter(r -> r instanceof ReadResult.Ok)
            .map(r -> ((ReadResult.Ok) r).article())
            .forEach(a -> index.putIfAbsent(a.id(), a));
      }
    }
    return index;
  }
}
