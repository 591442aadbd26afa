package org.newsentities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsentities.model.NamedEntity;

/** Organization names that the article links: acronyms, bracketed aliases, country variants. */
class OrganizationAliasTest {

  private static List<List<String>> groups(Titles t) {
    return t.resolution().organizations().stream()
        .map(o -> o.mentions().stream().map(m -> m.text()).toList()).toList();
  }

  @Test
  void bracketedAcronymIsAnAlias() {
    Titles t = Titles.of("Meetings like the [ORG Trade and Investment Framework] ( [ORG TIFA] ) "
        + "Council helped . [ORG TIFA] talks resume .");
    assertEquals(List.of(List.of("Trade and Investment Framework", "TIFA", "TIFA")), groups(t));
  }

  @Test
  void countryWrittenTwoWaysInAGovernmentBody() {
    Titles t = Titles.of("The [LOC United States Embassy] in a statement said so . The [ORG US "
        + "Embassy] , meanwhile , agreed .");
    assertEquals(List.of(List.of("United States Embassy", "US Embassy")), groups(t));
    assertEquals(List.of(), t.resolution().locations());
  }

  @Test
  void usualNamesOfTheSameMinistry() {
    Titles t = Titles.of("Talks opened at the [ORG Pakistan Ministry of Foreign Affairs] . The "
        + "[ORG Foreign Office] said they went well .");
    assertEquals(List.of(List.of("Pakistan Ministry of Foreign Affairs", "Foreign Office")),
        groups(t));
  }

  @Test
  void ministriesOfTwoCountriesStayApart() {
    Titles t = Titles.of("The [ORG Pakistani Foreign Office] and the [ORG Indian Foreign Office] "
        + "met . The [ORG Foreign Office] said more .");
    assertEquals(3, t.resolution().organizations().size(), groups(t).toString());
  }

  @Test
  void acronymOfTheInitials() {
    Titles t = Titles.of("[ORG General Motors] lost money . [ORG GM] chief executive [PER Rick "
        + "Wagoner] spoke .");
    assertEquals(List.of(List.of("General Motors", "GM")), groups(t));
    t.has("Rick Wagoner", "chief executive", "General Motors", false);
  }

  @Test
  void partyAdjectivesAndNamesAreOneParty() {
    Titles t = Titles.of("[MISC Tory] leader [PER Michael Howard] spoke . The [ORG Tories] "
        + "and the [ORG Conservative Party] agreed .");
    NamedEntity party = t.resolution().organizations().get(0);
    assertEquals("Conservative Party", party.name());
    assertEquals(3, party.mentions().size());
  }
}
