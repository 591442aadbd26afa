package org.newsentities.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the development data sets of {@code ../shared/data} into plain texts with their source
 * labels: AG News (test.csv), Reuters-21578 (.sgm), CoNLL-2003 (documents rebuilt from tokens),
 * TimeBank/AQUAINT (.tml, tags stripped) and KBP37 (sentences, entity markers stripped).
 */
public final class CorpusReader {

  private static final String[] AG_CLASSES = {"", "World", "Sports", "Business", "Sci/Tech"};
  private static final Pattern REUTERS = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern TOPICS = Pattern.compile("<TOPICS>(.*?)</TOPICS>", Pattern.DOTALL);
  private static final Pattern D = Pattern.compile("<D>(.*?)</D>");
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern AG_SOURCE = Pattern.compile("\\s*\\((AP|Reuters|AFP|Canadian Press|NewsFactor|[A-Za-z. ]+\\.com|PC World|InfoWorld|Ziff Davis|MacCentral|TechWeb|The Motley Fool)\\)\\s*$");
  private static final Pattern AG_LEAD = Pattern.compile("^\\s*(AP|AFP|Reuters|Canadian Press|[A-Za-z. ]+\\.com|[A-Z][A-Za-z]+ \\(Reuters\\)|[A-Z ,.]+\\((AP|Reuters|AFP)\\))\\s+-+\\s*");

  private CorpusReader() {}

  public static List<TrainingDoc> agNews(Path csv) {
    List<TrainingDoc> docs = new ArrayList<>();
    int row = 0;
    for (String line : lines(csv, StandardCharsets.UTF_8)) {
      List<String> f = csvFields(line);
      if (f.size() < 3) {
        continue;
      }
      row++;
      String title = AG_SOURCE.matcher(cleanAg(f.get(1))).replaceAll("");
      String desc = AG_LEAD.matcher(cleanAg(f.get(2))).replaceFirst("");
      docs.add(new TrainingDoc("ag-" + row, "ag_news", title + ".\n" + desc,
          List.of(AG_CLASSES[Integer.parseInt(f.get(0))])));
    }
    return docs;
  }

  static String cleanAg(String s) {
    return s.replace(" #39;", "'").replace("#39;", "'").replace("#36;", "$").replace("#151;", "-").replace("\\", " ")
        .replaceAll("&lt;.*?&gt;", " ").replace("&amp;", "&").replace("quot;", "\"")
        .replaceAll("\\s+", " ").strip();
  }

  public static List<TrainingDoc> reuters(Path dir) {
    List<TrainingDoc> docs = new ArrayList<>();
    for (Path file : files(dir, ".sgm")) {
      String sgml = read(file, StandardCharsets.ISO_8859_1);
      Matcher m = REUTERS.matcher(sgml);
      while (m.find()) {
        String story = m.group(2);
        List<String> topics = new ArrayList<>();
        Matcher t = TOPICS.matcher(story);
        if (t.find()) {
          Matcher d = D.matcher(t.group(1));
          while (d.find()) {
            topics.add(d.group(1));
          }
        }
        String title = firstGroup(TITLE, story);
        String body = firstGroup(BODY, story).replaceAll("\\s*Reuter\\s*&#3;\\s*$", "");
        if (body.isBlank()) {
          continue;
        }
        String text = unescape(title) + ".\n" + unescape(body);
        docs.add(new TrainingDoc("reuters-" + m.group(1), "reuters21578", text, topics));
      }
    }
    return docs;
  }

  /** CoNLL-2003 documents: sentences rebuilt by joining tokens with spaces. */
  public static List<TrainingDoc> conll(Path file) {
    List<TrainingDoc> docs = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    String name = file.getFileName().toString();
    for (String line : lines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        addDoc(docs, "conll-" + name + "-" + docs.size(), "conll2003", doc);
        doc.setLength(0);
      } else if (line.isBlank()) {
        doc.append('\n');
      } else {
        doc.append(line, 0, line.indexOf(' ')).append(' ');
      }
    }
    addDoc(docs, "conll-" + name + "-" + docs.size(), "conll2003", doc);
    return docs;
  }

  /** TimeBank / AQUAINT articles: the TEXT element without markup. */
  public static List<TrainingDoc> timeMl(Path dir) {
    List<TrainingDoc> docs = new ArrayList<>();
    for (Path file : files(dir, ".tml")) {
      String xml = read(file, StandardCharsets.UTF_8);
      int a = xml.indexOf("<TEXT>");
      int b = xml.indexOf("</TEXT>");
      if (a < 0 || b < a) {
        continue;
      }
      String text = unescape(xml.substring(a + 6, b).replaceAll("<[^>]+>", ""));
      docs.add(new TrainingDoc("timeml-" + file.getFileName(), "tempeval3", text, List.of()));
    }
    return docs;
  }

  /** KBP37 sentences, each once, without the entity markers. */
  public static List<TrainingDoc> kbp(Path file) {
    Set<String> seen = new LinkedHashSet<>();
    for (String line : lines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab < 0 || !Character.isDigit(line.charAt(0))) {
        continue;
      }
      String s = line.substring(tab + 1).replaceAll("</?e[12]>", "").replaceAll("^\\s*\"|\"\\s*$", "")
          .replaceAll("\\s+", " ").strip();
      seen.add(s);
    }
    List<TrainingDoc> docs = new ArrayList<>();
    for (String s : seen) {
      docs.add(new TrainingDoc("kbp-" + file.getFileName() + "-" + docs.size(), "kbp37", s, List.of()));
    }
    return docs;
  }

  private static void addDoc(List<TrainingDoc> docs, String id, String corpus, StringBuilder text) {
    String t = text.toString().strip();
    if (!t.isEmpty()) {
      docs.add(new TrainingDoc(id, corpus, t, List.of()));
    }
  }

  private static String firstGroup(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : "";
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&#3;", "").replace("&amp;", "&");
  }

  /** The fields of one CSV line whose fields are all quoted ("" escapes a quote). */
  static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      if (line.charAt(i) != '"') {
        i++;
        continue;
      }
      StringBuilder sb = new StringBuilder();
      i++;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          sb.append('"');
          i += 2;
        } else if (c == '"') {
          i++;
          break;
        } else {
          sb.append(c);
          i++;
        }
      }
      fields.add(sb.toString());
      while (i < line.length() && line.charAt(i) != ',') {
        i++;
      }
      i++;
    }
    return fields;
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String read(Path file, java.nio.charset.Charset cs) {
    try {
      return Files.readString(file, cs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<String> lines(Path file, java.nio.charset.Charset cs) {
    return List.of(read(file, cs).split("\r?\n"));
  }
}
