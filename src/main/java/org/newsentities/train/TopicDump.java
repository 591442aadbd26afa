package org.newsentities.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.newsentities.config.TopicConfig;
import org.newsentities.extract.topics.TopicResources;
import org.newsentities.model.Topic;

/**
 * Prints the topics of articles of a JSONL file (headline + text), for hand-checking without
 * CoreNLP: topics are computed from the text alone, exactly as in the pipeline.
 * Usage: {@code TopicDump FILE.jsonl FIRST_LINE LAST_LINE [STEP]} (1-based, inclusive).
 */
public final class TopicDump {

  private TopicDump() {}

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    int first = Integer.parseInt(args[1]);
    int last = Math.min(lines.size(), Integer.parseInt(args[2]));
    int step = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    TopicResources resources = TopicResources.load(TopicConfig.defaults());
    ObjectMapper mapper = new ObjectMapper();
    for (int i = first; i <= last; i += step) {
      JsonNode a = mapper.readTree(lines.get(i - 1));
      String headline = a.path("headline").asText("");
      List<Topic> topics = resources.classifier().classify(headline + "\n\n" + a.path("text").asText());
      System.out.printf("%d\t%s\t%s\t%s%n", i, a.path("id").asText(), headline,
          topics.stream().map(t -> t.label() + " " + t.score()).collect(Collectors.joining(" | ")));
    }
  }
}
