package org.newsentities.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsentities.annotate.AnnotatedText;
import org.newsentities.config.Resources;
import org.newsentities.extract.EntitySpan;
import org.newsentities.extract.EntityType;
import org.newsentities.model.Mention;
import org.newsentities.model.Person;
import org.newsentities.model.Title;

/**
 * Resolves job titles to the people who hold them and to their organizations:
 * <ol>
 *   <li>find title phrases by their words ({@link TitlePhraseFinder});
 *   <li>take the titles out of the NER stage's names and organizations ({@link MentionRepairer}),
 *       and repair the edges of organization names ({@link OrganizationSpanRepairer});
 *   <li>link phrases to names by construction: premodifier, appositive, copular, role verb;
 *   <li>group mentions into entities ({@link EntityAssembler}) and attribute each title to an
 *       organization or country ({@link OrganizationAttributor});
 *   <li>merge short forms into one title per position ({@link TitleMerger});
 *   <li>resolve bare titles ("the Spokeswoman said") to holders or to unresolved titles.
 * </ol>
 * Thread-safe: holds only immutable lexicons.
 */
public final class TitleResolver {

  public static final String ROLE_VERBS = TitleLexicon.DIR + "role-verbs.tsv";

  private final EntityAssembler assembler;
  private final TitleLexicon lexicon;
  private final OrganizationLexicon organizations;
  private final PlaceLexicon places;
  private final TitlePhraseFinder finder;
  private final MentionRepairer repairer;
  private final OrganizationSpanRepairer organizationSpans;
  private final List<TitlePattern> patterns;
  private final SpeakerFinder speakers;
  private final OrganizationAttributor attributor;
  private final TitleMerger merger = new TitleMerger();
  private final TitleAnaphoraResolver anaphora = new TitleAnaphoraResolver();

  /** With the default title lexicons of {@code models/titles/}. */
  public TitleResolver(EntityAssembler assembler) {
    this(assembler, TitleLexicon.load(), Resources.tsv(ROLE_VERBS));
  }

  public TitleResolver(EntityAssembler assembler, TitleLexicon lexicon,
      Map<String, String> roleVerbs) {
    this.assembler = assembler;
    this.lexicon = lexicon;
    this.organizations = assembler.organizationLexicon().orElseGet(OrganizationLexicon::load);
    this.places = assembler.places().orElseGet(PlaceLexicon::load);
    GivenNames givenNames = GivenNames.load();
    this.finder = new TitlePhraseFinder(lexicon, organizations, places, givenNames);
    this.repairer = new MentionRepairer(organizations, lexicon);
    this.organizationSpans = new OrganizationSpanRepairer(organizations, givenNames, places);
    this.patterns = List.of(new PremodifierPattern(), new PostnominalPattern(),
        new AppositivePattern(), new CopularPattern(), new RoleVerbPattern(roleVerbs),
        new AsRolePattern(), new ClauseSubjectPattern(), new DescribedNamePattern());
    this.speakers = new SpeakerFinder(lexicon);
    this.attributor = new OrganizationAttributor(places, organizations);
  }

  public static TitleResolver withDefaultLexicons() {
    return new TitleResolver(EntityAssembler.withDefaultLexicons());
  }

  public TitleResolution resolve(AnnotatedText annotated, List<EntitySpan> spans) {
    String text = annotated.text();
    List<TaggedSentence> tagged = TaggedSentence.of(annotated.sentences(), spans);
    Set<String> personWords = new HashSet<>();
    spans.stream().filter(s -> s.type() == EntityType.PERSON)
        .forEach(s -> personWords.addAll(Names.tokens(s.text())));
    List<List<TitlePhrase>> phrases = new ArrayList<>();
    for (TaggedSentence s : tagged) {
      phrases.add(finder.find(s, text, personWords));
    }
    List<EntitySpan> repaired = organizationSpans.repair(text,
        TaggedSentence.of(annotated.sentences(), repairer.repair(text, tagged, phrases)), phrases);
    List<TaggedSentence> sentences = TaggedSentence.of(annotated.sentences(), repaired);

    EntityAssembler.Entities entities = assembler.assemble(text, repaired);
    Map<Integer, String> personAt = new HashMap<>();
    Map<String, Integer> mentionCounts = new HashMap<>();
    entities.people().forEach(p -> {
      p.mentions().forEach(m -> personAt.put(m.start(), p.id()));
      mentionCounts.put(p.id(), p.mentions().size());
    });
    List<TitlePattern> articlePatterns = new ArrayList<>(patterns);
    articlePatterns.add(new PronounPattern(sentences, personAt, mentionCounts));

    List<TitleLink> links = new ArrayList<>();
    Set<TitlePhrase> taken = new HashSet<>();
    for (TaggedSentence s : sentences) {
      for (TitlePattern pattern : articlePatterns) {
        for (TitleLink link : pattern.find(s, phrases.get(s.index()), taken)) {
          links.add(link);
          taken.add(link.phrase());
        }
      }
    }
    links.sort(Comparator.comparingInt(l -> l.phrase().titleStart()));

    ArticleContext context = new ArticleContext(text, sentences, entities, speakers, places,
        organizations);
    Map<String, List<TitleMerger.Occurrence>> byPerson = new LinkedHashMap<>();
    for (TitleLink link : links) {
      context.personAt(link.person().start()).ifPresent(p -> byPerson
          .computeIfAbsent(p.id(), k -> new ArrayList<>())
          .add(new TitleMerger.Occurrence(link.phrase(), attributor.attribute(link, context))));
    }
    List<Person> people = new ArrayList<>();
    for (Person p : entities.people()) {
      List<TitleMerger.Occurrence> held = byPerson.getOrDefault(p.id(), List.of());
      people.add(p.withTitles(merger.merge(held, text)));
    }

    List<TitlePhrase> bare = new ArrayList<>();
    phrases.forEach(list -> list.stream().filter(p -> !taken.contains(p)).forEach(bare::add));
    TitleAnaphoraResolver.Result anaphors = anaphora.resolve(bare, people, context,
        phrase -> attributor.attribute(anaphor(phrase, text), context).organization());
    people.replaceAll(p -> withTitles(withMentions(p, anaphors.mentions()
        .getOrDefault(p.id(), List.of())), anaphors.titles().getOrDefault(p.id(), List.of())));
    return new TitleResolution(people, entities.organizations(), entities.locations(),
        anaphors.unresolved());
  }

  /** A bare title as a link of its own: the person is the phrase, so no clause names another. */
  private static TitleLink anaphor(TitlePhrase p, String text) {
    EntitySpan self = new EntitySpan(EntityType.PERSON, text.substring(p.titleStart(),
        p.titleEndChar()), p.titleStart(), p.titleEndChar(), p.titleBegin(), p.titleEnd(), -1);
    return new TitleLink(self, p, TitleLink.Pattern.ANAPHOR);
  }

  /** Adds the titles that only a bare title gives, unless the person has that title already. */
  private static Person withTitles(Person p, List<Title> added) {
    List<Title> all = new ArrayList<>(p.titles());
    for (Title t : added) {
      if (all.stream().noneMatch(x -> Names.key(x.title()).equals(Names.key(t.title())))) {
        all.add(t);
      }
    }
    return all.size() == p.titles().size() ? p : p.withTitles(all);
  }

  private static Person withMentions(Person p, List<Mention> added) {
    if (added.isEmpty()) {
      return p;
    }
    List<Mention> all = new ArrayList<>(p.mentions());
    all.addAll(added);
    all.sort(Comparator.comparingInt(Mention::start));
    return p.withMentions(all);
  }

  /** For tests: the titles of a resolution's people, by person name. */
  static Map<String, List<Title>> titlesByName(TitleResolution r) {
    Map<String, List<Title>> map = new LinkedHashMap<>();
    r.people().forEach(p -> map.put(p.name(), p.titles()));
    return map;
  }
}
