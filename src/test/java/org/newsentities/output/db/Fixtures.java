package org.newsentities.output.db;

import java.util.List;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Person;

/**
 * Three small articles from March and April 2023 whose rows the example queries of
 * docs/DATABASE.md are checked against: Maria Keller is chief executive of Nordwind Energy in March
 * and its former chief executive in April; Jonas Berg a former finance minister; Anna Lind a
 * European Commission spokeswoman.
 */
final class Fixtures {
  private Fixtures() {}

  static final String ECONOMY = "medtop:04000000";
  static final String POLITICS = "medtop:11000000";

  static ArticleDocument march14() {
    DocumentBuilder b = new DocumentBuilder("fx-001", "2023-03-14",
        "Nordwind Energy will build two plants in Denmark. Maria Keller, chief executive of "
            + "Nordwind Energy, announced the plan on Tuesday. Former finance minister Jonas Berg "
            + "welcomed it. Keller said work starts in May.");
    return b.person("p1", "Maria Keller", List.of("Keller"),
            b.title("chief executive", "Nordwind Energy", false, "chief executive of Nordwind Energy"))
        .person("p2", "Jonas Berg", b.title("finance minister", null, true, "Former finance minister"))
        .organization("o1", "Nordwind Energy")
        .location("l1", "Denmark")
        .date("Tuesday", "DATE", "2023-03-14")
        .date("May", "DATE", "2023-05")
        .topic(ECONOMY, "economy, business and finance", 0.9)
        .topic(POLITICS, "politics", 0.6)
        .keyphrase("two plants", 0.8)
        .build();
  }

  static ArticleDocument march28() {
    DocumentBuilder b = new DocumentBuilder("fx-002", "2023-03-28",
        "Nordwind Energy and the European Commission agreed on new grid rules, Commission "
            + "spokeswoman Anna Lind said. Maria Keller called it a good day. The spokesman for "
            + "the ministry declined to comment.");
    return b.person("p1", "Anna Lind",
            b.title("spokeswoman", "European Commission", false, "Commission spokeswoman"))
        .person("p2", "Maria Keller")
        .organization("o1", "Nordwind Energy")
        .organization("o2", "European Commission")
        .unresolved("spokesman", "ministry", "spokesman for the ministry")
        .topic(ECONOMY, "economy, business and finance", 0.8)
        .topic(POLITICS, "politics", 0.7)
        .keyphrase("grid rules", 0.9)
        .build();
  }

  static ArticleDocument april2() {
    DocumentBuilder b = new DocumentBuilder("fx-003", "2023-04-02",
        "Maria Keller, the former chief executive of Nordwind Energy, will advise the European "
            + "Commission. Nordwind Energy named no successor.");
    return b.person("p1", "Maria Keller", b.title("chief executive", "Nordwind Energy", true,
            "former chief executive of Nordwind Energy"))
        .organization("o1", "Nordwind Energy")
        .organization("o2", "European Commission")
        .topic(POLITICS, "politics", 0.8)
        .topic(ECONOMY, "economy, business and finance", 0.2)
        .build();
  }

  static List<ArticleDocument> all() {
    return List.of(march14(), march28(), april2());
  }

  /** Writes documents as {@code extract} does: {@code <id>.json}, schema 1.1 with provenance. */
  static void writeAsExtractDoes(java.nio.file.Path dir, List<ArticleDocument> documents)
      throws java.io.IOException {
    try (org.newsentities.output.JsonArticleWriter writer =
        new org.newsentities.output.JsonArticleWriter(dir)) {
      for (ArticleDocument d : documents) {
        writer.write(new org.newsentities.output.OutputDocument(d, new org.newsentities.model.Provenance(
            "in/" + d.id() + ".txt", java.util.Optional.empty(), "sha-" + d.id(), "0.1.0+test",
            "fake", "cf00", List.of())), d.id());
      }
    }
  }

  /** A document the database must refuse: two people with one id. */
  static ArticleDocument withDuplicatePersonIds(ArticleDocument d) {
    Person first = d.people().get(0);
    Person clash = new Person(first.id(), "Someone Else", List.of(), List.of());
    List<Person> people = new java.util.ArrayList<>(d.people());
    people.add(clash);
    return new ArticleDocument(d.schemaVersion(), d.id(), d.source(), d.url(), d.headline(),
        d.documentDate(), d.documentDateSource(), d.dateline(), d.text(), people,
        d.organizations(), d.locations(), d.dates(), d.topics(), d.keyphrases(),
        d.unresolvedTitles());
  }
}
