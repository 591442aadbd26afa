package org.newsentities.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsentities.config.Resources;
import org.newsentities.config.TopicConfig;
import org.newsentities.extract.topics.TopicClassifier;
import org.newsentities.extract.topics.TopicResources;
import org.newsentities.model.Topic;

/**
 * Topics of JSONL articles (headline + text) without CoreNLP, exactly as the pipeline computes them
 * (they depend on the text alone), for looking at and for the hand check of docs/TOPICS.md.
 *
 * <pre>
 * TopicDump FILE.jsonl FIRST_LINE LAST_LINE [STEP]     print the topics of those lines (1-based)
 * TopicDump --check JUDGEMENTS.tsv FILE.jsonl          compare the top subject with hand judgements
 * </pre>
 */
public final class TopicDump {

  private TopicDump() {}

  public static void main(String[] args) throws Exception {
    TopicClassifier classifier = TopicResources.load(TopicConfig.defaults()).classifier();
    if (args[0].equals("--check")) {
      check(classifier, Path.of(args[1]), Path.of(args[2]));
      return;
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    int first = Integer.parseInt(args[1]);
    int last = Math.min(lines.size(), Integer.parseInt(args[2]));
    int step = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    ObjectMapper mapper = new ObjectMapper();
    for (int i = first; i <= last; i += step) {
      JsonNode a = mapper.readTree(lines.get(i - 1));
      System.out.printf("%d\t%s\t%s\t%s%n", i, a.path("id").asText(), a.path("headline").asText(""),
          show(classify(classifier, a)));
    }
  }

  private static void check(TopicClassifier classifier, Path judgements, Path articles)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, JsonNode> byId = new HashMap<>();
    for (String line : Files.readAllLines(articles)) {
      JsonNode a = mapper.readTree(line);
      byId.put(a.path("id").asText(), a);
    }
    int same = 0;
    int acceptable = 0;
    int n = 0;
    for (String line : Resources.lines(judgements.toString())) {
      String[] cols = line.split("\t");
      List<String> alternatives = cols.length > 3 ? List.of(cols[3].split(";")) : List.of();
      JsonNode a = byId.get(cols[0]);
      if (a == null) {
        throw new IllegalArgumentException("no article " + cols[0] + " in " + articles);
      }
      List<Topic> topics = classify(classifier, a);
      String top = topics.get(0).label();
      boolean exact = top.equals(cols[2]);
      boolean ok = exact || alternatives.contains(top);
      same += exact ? 1 : 0;
      acceptable += ok ? 1 : 0;
      n++;
      System.out.printf("%s\t%s\t%-7s\tjudged: %s\tgot: %s%n", cols[0], cols[1],
          exact ? "same" : ok ? "accept" : "WRONG", cols[2], show(topics));
    }
    System.out.printf("%ntop subject = hand judgement: %d/%d; = judgement or an acceptable"
        + " alternative: %d/%d%n", same, n, acceptable, n);
  }

  private static List<Topic> classify(TopicClassifier classifier, JsonNode article) {
    return classifier.classify(article.path("headline").asText("") + "\n\n"
        + article.path("text").asText());
  }

  private static String show(List<Topic> topics) {
    List<String> parts = new ArrayList<>();
    topics.forEach(t -> parts.add(t.label() + " " + t.score()));
    return parts.stream().collect(Collectors.joining(" | "));
  }
}
