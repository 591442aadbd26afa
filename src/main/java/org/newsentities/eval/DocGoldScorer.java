package org.newsentities.eval;

import java.util.List;
import org.newsentities.model.ArticleDocument;

/** Scores one output document against its gold: entities, title pairs, and dates if annotated. */
final class DocGoldScorer {

  static final String PERSON = "PERSON";
  static final String ORGANIZATION = "ORGANIZATION";
  static final String LOCATION = "LOCATION";

  private DocGoldScorer() {}

  static List<Scored> score(DocGold gold, ArticleDocument predicted) {
    String doc = gold.id();
    String text = predicted.text();
    List<Scored> parts = new java.util.ArrayList<>(List.of(
        EntityScorer.score(PERSON, doc, text, gold.persons(),
            predicted.people().stream().map(EntityScorer.Predicted::of).toList()),
        EntityScorer.score(ORGANIZATION, doc, text, gold.organizations(),
            predicted.organizations().stream().map(EntityScorer.Predicted::of).toList()),
        EntityScorer.score(LOCATION, doc, text, gold.locations(),
            predicted.locations().stream().map(EntityScorer.Predicted::of).toList()),
        TitleScorer.score(doc, text, gold, predicted.people())));
    gold.dates().ifPresent(dates -> parts.add(DateScorer.score(doc, text, dates, predicted.dates())));
    return parts;
  }
}
