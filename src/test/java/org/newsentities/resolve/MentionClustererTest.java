package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;
import org.newsentities.model.Mention;
import org.newsentities.model.NamedEntity;
import org.newsentities.model.Person;

class MentionClustererTest {

  private final EntityAssembler assembler =
      new EntityAssembler(Map.of("US", "United States", "Britain", "United Kingdom", "UK",
          "United Kingdom"));

  @Test
  void surnameAndPartialNamesJoinTheFullName() {
    List<Person> people = assembler.assemble(spans(
        EntityType.PERSON, "Landberg", "Christopher Landberg", "Syed Haider Shah", "Haider Shah",
        "Landberg")).people();
    assertEquals(List.of("Christopher Landberg", "Syed Haider Shah"),
        people.stream().map(Person::name).toList());
    assertEquals(List.of("Landberg", "Christopher Landberg", "Landberg"),
        people.get(0).mentions().stream().map(Mention::text).toList());
    assertEquals("p1", people.get(0).id());
    assertEquals("p2", people.get(1).id());
  }

  @Test
  void ambiguousSurnameStaysOnItsOwn() {
    List<Person> people = assembler.assemble(spans(
        EntityType.PERSON, "Ed Smith", "Jo Smith", "Smith")).people();
    assertEquals(List.of("Ed Smith", "Jo Smith", "Smith"),
        people.stream().map(Person::name).toList());
  }

  @Test
  void organizationAcronymAndTailJoinTheFullName() {
    List<NamedEntity> orgs = assembler.assemble(spans(EntityType.ORGANIZATION,
        "Pakistani Foreign Office", "Foreign Office", "General Motors", "GM")).organizations();
    assertEquals(List.of("Pakistani Foreign Office", "General Motors"),
        orgs.stream().map(NamedEntity::name).toList());
    assertEquals(2, orgs.get(1).mentions().size());
  }

  @Test
  void locationVariantsAreOneLocationNamedByTheFullestForm() {
    List<NamedEntity> locs = assembler.assemble(spans(EntityType.LOCATION,
        "US", "ISLAMABAD", "United States", "U.S.", "Islamabad", "UK", "Britain")).locations();
    assertEquals(List.of("United States", "Islamabad", "Britain"),
        locs.stream().map(NamedEntity::name).toList());
    assertEquals(3, locs.get(0).mentions().size());
    assertEquals("l1", locs.get(0).id());
  }

  @Test
  void mentionsKeepTheirOffsetsAndTextOrder() {
    List<Person> people = assembler.assemble(spans(EntityType.PERSON, "Ann Lee", "Lee")).people();
    assertEquals(List.of(new Mention("Ann Lee", 0, 7), new Mention("Lee", 8, 11)),
        people.get(0).mentions());
  }

  /** Spans laid out one after the other, separated by a space, as in "Ann Lee Lee". */
  private static List<EntitySpan> spans(EntityType type, String... names) {
    List<EntitySpan> spans = new ArrayList<>();
    int offset = 0;
    for (String name : names) {
      spans.add(new EntitySpan(type, name, offset, offset + name.length(), spans.size(),
          spans.size() + 1, 0));
      offset += name.length() + 1;
    }
    return spans;
  }
}
