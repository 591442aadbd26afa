package org.newsentities.extract.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsentities.config.TopicConfig;
import org.newsentities.model.Topic;

/**
 * The shipped model on short, made-up but realistic news items, one per subject: the top subject
 * is the one an editor would file them under. No CoreNLP: topics come from the text alone.
 */
class TopicClassifierTest {

  private static TopicClassifier classifier;
  private static Taxonomy taxonomy;

  @BeforeAll
  static void load() {
    TopicConfig config = TopicConfig.defaults();
    classifier = TopicResources.load(config).classifier();
    taxonomy = Taxonomy.load(config.taxonomy());
  }

  @Test
  void sport() {
    assertTop("sport", """
        Late goal sends United into the semi-finals
        A header from the substitute striker in the 89th minute gave Manchester United a 2-1 win
        over Everton at Old Trafford on Saturday and a place in the FA Cup semi-finals. The
        visitors had led through a first-half penalty, and their goalkeeper made a string of saves
        before the equaliser. The manager said his squad had shown character after a difficult
        week of injuries.""");
  }

  @Test
  void economy() {
    assertTop("economy, business and finance", """
        Bank raises interest rates as inflation climbs
        The central bank raised its main interest rate by a quarter of a percentage point to 4.75%
        on Thursday, saying inflation was running above its target. Shares in banks rose while
        housebuilders fell on the stock market. Economists had expected the move after figures
        showed consumer prices up 3.1% on a year earlier and strong growth in retail sales.""");
  }

  @Test
  void politics() {
    assertTop("politics", """
        Prime minister faces revolt over reform bill
        More than forty members of parliament from the governing party have said they will vote
        against the government's constitutional reform bill next week. The opposition leader
        called the plans a power grab, and two cabinet ministers are reported to have raised
        concerns in private. The prime minister's spokesman said the bill would go ahead.""");
  }

  @Test
  void conflict() {
    assertTop("conflict, war and peace", """
        Troops and rebels clash despite ceasefire
        Heavy fighting broke out between government troops and rebel forces in the north of the
        country on Sunday, three days after a ceasefire was signed. The army said its soldiers had
        repelled an offensive near the border town, and an aid agency said dozens of civilians
        had been killed by artillery fire. Peacekeepers have been sent to the area.""");
  }

  @Test
  void health() {
    assertTop("health", """
        Hospitals told to prepare for flu outbreak
        Health officials have told hospitals to prepare extra beds after a sharp rise in flu
        cases among elderly patients. Doctors say the virus strain is not covered by this year's
        vaccine, and the health minister urged people at risk to see their GP. Waiting lists for
        routine surgery are likely to grow as wards fill up.""");
  }

  @Test
  void arts() {
    assertTop("arts, culture, entertainment and media", """
        Director's war epic tops the box office
        The director's new film took $42m at the North American box office over the weekend,
        pushing last week's animated comedy into second place. Its star, who plays a reluctant
        soldier, is already tipped for an Oscar nomination, and critics praised the film's score
        and cinematography. The studio has announced a sequel.""");
  }

  @Test
  void crime() {
    assertTop("crime, law and justice", """
        Man jailed for life for murder of shopkeeper
        A 34-year-old man has been jailed for life at the Crown Court for the murder of a
        shopkeeper during a robbery last year. The jury took three hours to reach a guilty
        verdict. The judge said the defendant had shown no remorse, and police said the victim's
        family could now begin to grieve.""");
  }

  @Test
  void science() {
    assertTop("science and technology", """
        New chip doubles battery life of laptops
        The chipmaker has unveiled a processor that it says will double the battery life of
        laptop computers. The chip uses a new manufacturing technology and will ship in PCs from
        the spring. Analysts said the move puts pressure on rivals as wireless internet use on
        portable computers grows.""");
  }

  @Test
  void topicsAreRankedScoredAndExactIptc() {
    List<Topic> topics = classifier.classify("""
        Earthquake kills hundreds in mountain villages
        A powerful earthquake struck the mountainous region before dawn, flattening villages and
        killing at least 300 people. Rescue workers are searching the rubble for survivors and aid
        agencies have flown in tents and medical supplies. The magnitude 6.8 quake was followed by
        dozens of aftershocks.""");
    assertEquals("disaster, accident and emergency incident", topics.get(0).label());
    assertEquals("medtop:03000000", topics.get(0).code());
    for (int i = 0; i < topics.size(); i++) {
      Topic t = topics.get(i);
      assertTrue(t.score() >= 0 && t.score() <= 1, t.toString());
      assertEquals(taxonomy.require(t.code()).label(), t.label(), "label as the taxonomy writes it");
      if (i > 0) {
        assertTrue(topics.get(i - 1).score() >= t.score(), "ranked: " + topics);
      }
    }
  }

  @Test
  void anEmptyTextStillGetsOneTopic() {
    assertEquals(1, classifier.classify("").stream()
        .filter(t -> taxonomy.require(t.code()).isTopLevel()).count());
  }

  @Test
  void secondLevelSubjectsComeWithTheirParent() {
    List<Topic> topics = classifier.classify("""
        Suicide bomber kills 12 at police checkpoint
        A suicide bomber blew himself up at a police checkpoint, killing 12 people. Militants
        linked to al-Qaeda said they carried out the attack. The interior minister said the
        terrorists would be hunted down, and counter-terrorism forces raided several
        hideouts overnight.""");
    Set<String> codes = topics.stream().map(Topic::code).collect(java.util.stream.Collectors.toSet());
    assertTrue(codes.contains("medtop:20000053"), "act of terror: " + topics);
    assertTrue(codes.contains("medtop:16000000"), "its parent, conflict, war and peace: " + topics);
    assertFalse(topics.get(0).code().equals("medtop:20000053"), "a child never outranks its parent");
  }

  private static void assertTop(String label, String article) {
    List<Topic> topics = classifier.classify(article);
    assertFalse(topics.isEmpty());
    assertEquals(label, topics.get(0).label(), "topics: " + topics);
  }
}
