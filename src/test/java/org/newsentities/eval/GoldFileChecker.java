package org.newsentities.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.io.FilenameUtils;
import org.newsentities.ingest.ArticleFileReader;
import org.newsentities.ingest.JsonArticleReader;
import org.newsentities.ingest.ReadResult;
import org.newsentities.ingest.TxtArticleReader;

/**
 * Checks one hand-annotated gold file ({@code corpus/gold/README.md} format) against its article and
 * returns every problem found, so a typo in a quote or a name shows up before it skews a score.
 * The article is read with the project's own readers, so the text checked is the text the pipeline
 * sees (date header removed).
 */
final class GoldFileChecker {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> TIMEX_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final List<String> ENTITY_FIELDS = List.of("persons", "organizations", "locations");
  private static final List<String> TITLE_TEXT_FIELDS = List.of("person", "title", "full", "evidence");

  /**
   * Honorifics and titles that the README keeps out of person mentions. A peer's style ("Lord
   * Winston", "Lady Thatcher") is allowed: it is the name the article knows the person by, often
   * the only one, and not a position held.
   */
  private static final Pattern TITLE_IN_PERSON =
      Pattern.compile("^(Mr|Mrs|Ms|Dr|Prof|Sir|President|Prime Minister"
          + "|Minister|Secretary|Chancellor|Senator|General|Governor)\\.? ");

  private GoldFileChecker() {}

  /** The article text for a gold id: {@code <corpus>/<id>.json} or {@code <corpus>/<id>.txt}. */
  static Optional<String> articleText(Path corpusDir, String id, List<String> problems) {
    Path json = corpusDir.resolve(id + ".json");
    Path txt = corpusDir.resolve(id + ".txt");
    ArticleFileReader reader;
    Path file;
    if (Files.isRegularFile(json)) {
      reader = new JsonArticleReader();
      file = json;
    } else if (Files.isRegularFile(txt)) {
      reader = new TxtArticleReader();
      file = txt;
    } else {
      problems.add("no article " + id + ".json or " + id + ".txt in " + corpusDir);
      return Optional.empty();
    }
    List<ReadResult> results = reader.read(file).toList();
    if (results.size() != 1 || !(results.get(0) instanceof ReadResult.Ok ok)) {
      problems.add("article " + file + " does not read as one article: " + results);
      return Optional.empty();
    }
    if (!ok.article().id().equals(id)) {
      problems.add("article " + file + " has id '" + ok.article().id() + "', not '" + id + "'");
    }
    return Optional.of(ok.article().text());
  }

  /** Every problem of one gold file; empty when it is consistent with its article. */
  static List<String> check(Path goldFile, Path corpusDir) {
    List<String> problems = new ArrayList<>();
    JsonNode gold;
    try {
      gold = MAPPER.readTree(Files.readString(goldFile));
    } catch (IOException e) {
      return List.of("not valid JSON: " + e.getMessage());
    }
    if (gold == null || !gold.isObject()) {
      return List.of("not a JSON object");
    }
    String id = text(gold, "id", problems, "file");
    String expectedId = FilenameUtils.getBaseName(goldFile.getFileName().toString());
    if (id != null && !id.equals(expectedId)) {
      problems.add("id '" + id + "' does not match the file name '" + expectedId + "'");
    }
    checkDocumentDate(gold, problems);
    Optional<String> article = id == null ? Optional.empty() : articleText(corpusDir, id, problems);
    String body = article.orElse(null);
    String notes = gold.path("notes").asText("");

    Set<String> persons = new HashSet<>();
    Set<String> orgsAndPlaces = new HashSet<>();
    for (String field : ENTITY_FIELDS) {
      JsonNode entities = array(gold, field, problems);
      for (JsonNode entity : entities) {
        String name = text(entity, "name", problems, field);
        if (name == null) {
          continue;
        }
        (field.equals("persons") ? persons : orgsAndPlaces).add(name);
        JsonNode mentions = entity.path("mentions");
        if (!mentions.isArray() || mentions.isEmpty()) {
          problems.add(field + " '" + name + "': 'mentions' must be a non-empty array");
          continue;
        }
        for (JsonNode mention : mentions) {
          String m = mention.asText();
          if (body != null && !occursAsWords(body, m)) {
            problems.add(field + " '" + name + "': mention '" + m + "' does not occur in the text");
          }
          if (field.equals("persons") && TITLE_IN_PERSON.matcher(m).find()) {
            problems.add("person mention '" + m + "' starts with a title or honorific");
          }
        }
      }
    }
    for (JsonNode title : array(gold, "titles", problems)) {
      checkTitle(title, body, persons, orgsAndPlaces, notes, problems);
    }
    if (gold.has("dates")) {
      for (JsonNode date : array(gold, "dates", problems)) {
        checkDate(date, body, problems);
      }
    }
    return problems;
  }

  private static void checkTitle(JsonNode title, String body, Set<String> persons,
      Set<String> orgsAndPlaces, String notes, List<String> problems) {
    for (String field : TITLE_TEXT_FIELDS) {
      if (text(title, field, problems, "title " + title) == null) {
        return;
      }
    }
    String where = "title (" + title.get("person").asText() + ", " + title.get("title").asText() + ")";
    if (!persons.contains(title.get("person").asText())) {
      problems.add(where + ": person is not a listed person name");
    }
    for (String flag : List.of("explicit", "former")) {
      if (!title.path(flag).isBoolean()) {
        problems.add(where + ": '" + flag + "' must be true or false");
      }
    }
    JsonNode org = title.get("org");
    if (org == null) {
      problems.add(where + ": 'org' is missing (use null when the text gives none)");
    } else if (!org.isNull()) {
      // An organization is one the file lists; a country known only from an adjective
      // ("Italian Justice Minister") is allowed when the notes say so.
      if (!orgsAndPlaces.contains(org.asText()) && !notes.contains(org.asText())) {
        problems.add(where + ": org '" + org.asText()
            + "' is neither a listed organization/location nor explained in the notes");
      }
    }
    String full = title.get("full").asText();
    if (!full.toLowerCase(Locale.ROOT).contains(title.get("title").asText().toLowerCase(Locale.ROOT))) {
      problems.add(where + ": the title is not part of 'full' ('" + full + "')");
    }
    if (body != null) {
      if (!body.contains(title.get("evidence").asText())) {
        problems.add(where + ": evidence is not an exact quote of the text");
      }
      if (!straightQuotes(body).contains(straightQuotes(full))) {
        problems.add(where + ": 'full' does not occur in the text ('" + full + "')");
      }
    }
  }

  private static void checkDate(JsonNode date, String body, List<String> problems) {
    String text = text(date, "text", problems, "date");
    String type = text(date, "type", problems, "date " + text);
    text(date, "value", problems, "date " + text);
    if (type != null && !TIMEX_TYPES.contains(type)) {
      problems.add("date '" + text + "': type '" + type + "' is not DATE, TIME, DURATION or SET");
    }
    if (text != null && body != null && !body.contains(text)) {
      problems.add("date '" + text + "' does not occur in the text");
    }
  }

  private static void checkDocumentDate(JsonNode gold, List<String> problems) {
    JsonNode date = gold.get("documentDate");
    if (date == null) {
      problems.add("'documentDate' is missing (use null when the text does not give it)");
    } else if (!date.isNull()) {
      try {
        LocalDate.parse(date.asText());
      } catch (DateTimeParseException e) {
        problems.add("documentDate '" + date.asText() + "' is not YYYY-MM-DD");
      }
    }
  }

  /** True when {@code phrase} occurs in {@code body} and is not just the inside of a longer word. */
  static boolean occursAsWords(String body, String phrase) {
    if (phrase.isBlank()) {
      return false;
    }
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])");
    return p.matcher(body).find();
  }

  /** The README's examples write "Pakistan's" in 'full' where the text has a typographic apostrophe. */
  private static String straightQuotes(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
  }

  private static JsonNode array(JsonNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      problems.add("'" + field + "' must be an array");
      return MAPPER.createArrayNode();
    }
    return value;
  }

  private static String text(JsonNode node, String field, List<String> problems, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      problems.add(where + ": '" + field + "' must be a non-empty string");
      return null;
    }
    return value.asText();
  }
}
