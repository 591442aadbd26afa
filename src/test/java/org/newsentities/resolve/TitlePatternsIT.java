package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsentities.ingest.InputOrigin;
import org.newsentities.ingest.SourceArticle;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.model.Person;
import org.newsentities.model.Title;
import org.newsentities.testing.SharedModels;

/** Each title pattern on news sentences with CoreNLP's real tags, through the whole pipeline. */
class TitlePatternsIT {

  private static ArticleDocument run(String text) {
    SourceArticle article = new SourceArticle("t", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), DocumentDateSource.NONE, Optional.empty(), text,
        InputOrigin.file("t.txt"), "0", List.of());
    return SharedModels.pipeline().process(article).document();
  }

  private static Title title(ArticleDocument doc, String person, String title) {
    Person p = doc.people().stream().filter(x -> x.name().equals(person)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + person + " in " + doc.people()));
    return p.titles().stream().filter(t -> t.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError(person + " has " + p.titles()));
  }

  @Test
  void premodifiersWithOrganizations() {
    ArticleDocument doc = run("Tory leader Michael Howard said the party would cut waste. "
        + "Former Labour leader Neil Kinnock disagreed, and GM chief executive Rick Wagoner "
        + "declined to comment.");
    assertEquals(Optional.of("Conservative Party"),
        title(doc, "Michael Howard", "leader").organization());
    Title kinnock = title(doc, "Neil Kinnock", "leader");
    assertEquals(Optional.of("Labour Party"), kinnock.organization());
    assertTrue(kinnock.former());
    assertEquals(Optional.of("GM"), title(doc, "Rick Wagoner", "chief executive").organization());
  }

  @Test
  void appositivesBothWays() {
    ArticleDocument doc = run("Rick Wagoner, chief executive of General Motors, said sales would "
        + "recover. The plans were criticised by the home secretary, Charles Clarke, on Monday.");
    assertEquals(Optional.of("General Motors"),
        title(doc, "Rick Wagoner", "chief executive").organization());
    assertEquals(Optional.empty(), title(doc, "Charles Clarke", "home secretary").organization());
  }

  @Test
  void copularAndRelative() {
    ArticleDocument doc = run("Phil Redmond is the chairman of Mersey TV. Paul Tellier, who was "
        + "also Bombardier's president, left the company.");
    assertEquals(Optional.of("Mersey TV"), title(doc, "Phil Redmond", "chairman").organization());
    assertEquals(Optional.of("Bombardier"), title(doc, "Paul Tellier", "president").organization());
  }

  @Test
  void bareTitleOfAHolderAndAnUnresolvedOne() {
    ArticleDocument doc = run("Chancellor Gordon Brown will deliver the budget on Wednesday. "
        + "The chancellor said growth was strong. A Treasury spokeswoman said no date was set.");
    Person brown = doc.people().stream().filter(p -> p.name().equals("Gordon Brown"))
        .findFirst().orElseThrow();
    assertTrue(brown.mentions().stream().anyMatch(m -> m.text().equals("chancellor")),
        brown.mentions().toString());
    assertEquals(List.of("Treasury spokeswoman"),
        doc.unresolvedTitles().stream().map(u -> u.title()).toList());
    assertEquals(Optional.of("Treasury"), doc.unresolvedTitles().get(0).organization());
  }

  @Test
  void textWithoutCommas() {
    ArticleDocument doc = run("The Red Sox contested the Yankees before Theo Epstein then the Sox "
        + "' assistant general manager and international scouting liaison Luis Eljaua left "
        + "Nicaragua . The last position retained by Hua Guofeng chairman of the Central Military "
        + "Commission was taken by Deng in 1981 .");
    Title epstein = title(doc, "Theo Epstein", "assistant general manager");
    assertTrue(epstein.former());
    assertEquals(Optional.of("Central Military Commission"),
        title(doc, "Hua Guofeng", "chairman").organization());
  }

  @Test
  void hyphenatedTitlesThatTheTokenizerSplits() {
    ArticleDocument doc = run("The report was welcomed by Treasury Under-Secretary Jane Holt. "
        + "The song was written by singer-songwriter Tom Hale and film-maker Ruth Bowen.");
    assertEquals(Optional.of("Treasury"),
        title(doc, "Jane Holt", "Treasury Under-Secretary").organization());
    assertEquals(Optional.empty(), title(doc, "Tom Hale", "singer-songwriter").organization());
    title(doc, "Ruth Bowen", "film-maker");
  }

  @Test
  void anAgeWrittenWithHyphensBeforeTheTitle() {
    ArticleDocument doc = run("Kevin Moss, a 30-year-old musician from Leeds, said he had been "
        + "ill for months.");
    title(doc, "Kevin Moss", "musician");
  }

  @Test
  void hyphenatedAdjectivesBetweenCopulaAndTitle() {
    ArticleDocument doc = run("Koh Lim Seng was a first-term state assemblyman from Tanjung "
        + "Bungah. Ann Olsson is a Swedish-American actress singer and dancer. They met "
        + "hip-hop artist Termanology.");
    title(doc, "Koh Lim Seng", "state assemblyman");
    title(doc, "Ann Olsson", "actress");
    title(doc, "Ann Olsson", "dancer");
    title(doc, "Termanology", "hip-hop artist");
  }
}
