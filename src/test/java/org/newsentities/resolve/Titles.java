package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.extract.EntityMentionExtractor;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.testing.MarkedText;

/** Runs the title resolver on marked-up text (see {@link MarkedText}) and checks its titles. */
final class Titles {

  private static final TitleResolver RESOLVER = TitleResolver.withDefaultLexicons();

  private final TitleResolution resolution;
  private final String text;

  private Titles(TitleResolution resolution, String text) {
    this.resolution = resolution;
    this.text = text;
  }

  static Titles of(String markup) {
    AnnotatedText annotated = MarkedText.parse(markup);
    return new Titles(RESOLVER.resolve(annotated, new EntityMentionExtractor().extract(annotated)),
        annotated.text());
  }

  TitleResolution resolution() {
    return resolution;
  }

  Person person(String name) {
    return resolution.people().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseGet(() -> fail("no person '" + name + "' among " + names()));
  }

  /** Asserts that the person holds exactly this title, with this organization (null: none). */
  Title has(String name, String title, String organization, boolean former) {
    Person p = person(name);
    Title t = p.titles().stream().filter(x -> x.title().equals(title)).findFirst()
        .orElseGet(() -> fail(name + " has no title '" + title + "': " + p.titles()));
    assertEquals(Optional.ofNullable(organization), t.organization(), "organization of " + title);
    assertEquals(former, t.former(), "former of " + title);
    assertEquals(t.text(), text.substring(t.start(), t.end()), "offsets of " + title);
    return t;
  }

  List<String> titlesOf(String name) {
    return person(name).titles().stream().map(Title::title).toList();
  }

  List<String> names() {
    return resolution.people().stream().map(Person::name).toList();
  }

  List<String> organizations() {
    return resolution.organizations().stream().map(NamedEntity::name).toList();
  }

  List<String> locations() {
    return resolution.locations().stream().map(NamedEntity::name).toList();
  }

  List<String> mentionsOf(String name) {
    return person(name).mentions().stream().map(m -> m.text()).collect(Collectors.toList());
  }

  List<String> unresolved() {
    return resolution.unresolvedTitles().stream().map(u -> u.title()).toList();
  }
}
