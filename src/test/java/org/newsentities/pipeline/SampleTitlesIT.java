package org.newsentities.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.resolve.Names;
import org.newsentities.testing.SampleArticles;

/**
 * The titles of the two sample articles against their gold files (corpus/gold/): every gold pair
 * (person, title, organization, former) comes out, and nothing else does. A gold organization
 * matches the entity's name or any of its mentions, as the gold README says.
 */
class SampleTitlesIT {

  private static Map<String, ArticleDocument> docs;

  @BeforeAll
  static void run() {
    docs = SampleArticles.documents();
  }

  @Test
  void titlesAreExactlyTheGoldTitles() throws IOException {
    for (ArticleDocument doc : docs.values()) {
      JsonNode gold = new ObjectMapper().readTree(
          Files.readString(Path.of("corpus/gold", doc.id() + ".json")));
      Set<String> expected = new TreeSet<>();
      for (JsonNode t : gold.get("titles")) {
        expected.add(t.get("person").asText() + " | " + t.get("title").asText() + " | "
            + t.get("former").asBoolean());
      }
      Set<String> actual = new TreeSet<>();
      for (Person p : doc.people()) {
        for (Title t : p.titles()) {
          actual.add(p.name() + " | " + t.title() + " | " + t.former());
        }
      }
      assertEquals(expected, actual, doc.id());
      for (JsonNode t : gold.get("titles")) {
        Title title = titleOf(doc, t.get("person").asText(), t.get("title").asText());
        Set<String> names = orgNames(gold, t.get("org").asText());
        assertTrue(names.contains(Names.key(title.organization().orElse(""))),
            doc.id() + ": organization of " + t.get("title").asText() + " is "
                + title.organization() + ", expected one of " + names);
      }
    }
  }

  @Test
  void theSpokeswomanIsAnUnresolvedTitle() {
    ArticleDocument doc = docs.get("003_0123780796fad852");
    List<String> unresolved = doc.unresolvedTitles().stream().map(u -> u.text()).toList();
    assertEquals(List.of("Spokeswoman", "Spokeswoman"), unresolved);
    doc.unresolvedTitles().forEach(u ->
        assertEquals(u.text(), doc.text().substring(u.start(), u.end())));
  }

  @Test
  void titlesAreNoOrganizations() {
    for (ArticleDocument doc : docs.values()) {
      for (var org : doc.organizations()) {
        for (String word : List.of("Spokeswoman", "Coordinator", "Secretary", "Economic Diplomacy")) {
          assertTrue(!org.name().contains(word), doc.id() + ": " + org.name());
        }
      }
    }
    List<String> orgs = docs.get("003_0123780796fad852").organizations().stream()
        .map(o -> o.name()).toList();
    assertTrue(orgs.contains("US Department of State"), orgs.toString());
    assertTrue(orgs.contains("United States Embassy"), orgs.toString());
  }

  private static Title titleOf(ArticleDocument doc, String person, String title) {
    return doc.people().stream().filter(p -> p.name().equals(person))
        .flatMap(p -> p.titles().stream()).filter(t -> t.title().equals(title))
        .findFirst().orElseThrow();
  }

  /** The normalized name and mentions of the gold entity (organization or location) {@code name}. */
  private static Set<String> orgNames(JsonNode gold, String name) {
    Set<String> names = new TreeSet<>();
    names.add(Names.key(name));
    List<JsonNode> entities = new ArrayList<>();
    gold.get("organizations").forEach(entities::add);
    gold.get("locations").forEach(entities::add);
    for (JsonNode e : entities) {
      if (e.get("name").asText().equals(name)) {
        e.get("mentions").forEach(m -> names.add(Names.key(m.asText())));
      }
    }
    return names;
  }
}
