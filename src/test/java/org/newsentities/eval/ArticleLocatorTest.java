package org.newsentities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLocatorTest {

  @TempDir Path root;

  @Test
  void goldInANestedFolderFindsItsArticleInTheNearestAncestorAndSkipsGoldFolders()
      throws IOException {
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    Files.writeString(corpus.resolve("a1.txt"), "Gordon Brown spoke in London.");
    Path gold = Files.createDirectories(corpus.resolve("gold/dev"));
    // A gold file of the same id one level up must not be taken for the article.
    Files.writeString(corpus.resolve("gold/a1.json"), "{\"id\": \"a1\", \"persons\": []}");
    Path goldFile = Files.writeString(gold.resolve("a1.json"), "{\"id\": \"a1\"}");

    ArticleLocator.Located found = new ArticleLocator(Optional.empty()).find("a1", goldFile);

    assertEquals("Gordon Brown spoke in London.", found.article().orElseThrow().text());
  }

  @Test
  void anArticlesPathIsIndexedByIdAcrossJsonl() throws IOException {
    Path articles = Files.createDirectories(root.resolve("drop"));
    Files.writeString(articles.resolve("all.jsonl"),
        "{\"id\": \"x\", \"text\": \"First.\"}\n{\"id\": \"y\", \"text\": \"Second.\"}\n");
    ArticleLocator locator = new ArticleLocator(Optional.of(articles));

    assertEquals("Second.", locator.find("y", root.resolve("g/y.json")).article().orElseThrow()
        .text());
    assertTrue(locator.find("z", root.resolve("g/z.json")).problem().contains("no article with id z"));
  }

  @Test
  void aMissingArticleIsAReasonNotAnException() throws IOException {
    Path goldFile = Files.writeString(Files.createDirectories(root.resolve("c/gold"))
        .resolve("nope.json"), "{}");
    ArticleLocator.Located found = new ArticleLocator(Optional.empty()).find("nope", goldFile);
    assertTrue(found.article().isEmpty());
    assertTrue(found.problem().contains("--articles"), found.problem());
  }
}
