package org.newsentities.output;

import org.newsentities.model.ArticleDocument;

/** How many entities of each kind an output holds, for the manifest. */
public record EntityCounts(int people, int organizations, int locations, int dates) {

  public static EntityCounts of(ArticleDocument document) {
    return new EntityCounts(document.people().size(), document.organizations().size(),
        document.locations().size(), document.dates().size());
  }
}
