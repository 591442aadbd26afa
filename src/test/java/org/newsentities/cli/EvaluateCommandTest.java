package org.newsentities.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.DocumentDateSource;
import org.newsentities.model.Mention;
import org.newsentities.model.Person;
import org.newsentities.output.Json;

class EvaluateCommandTest {

  @TempDir Path root;

  @Test
  void scoresAPredictionDirectoryAndWritesTheFiguresAsJson() throws IOException {
    Path gold = Files.createDirectories(root.resolve("gold"));
    Files.writeString(gold.resolve("a.json"),
        "{\"id\": \"a\", \"persons\": [{\"name\": \"Gordon Brown\", \"mentions\": [\"Brown\"]}]}");
    Path pred = Files.createDirectories(root.resolve("out"));
    Json.pretty().writeValue(pred.resolve("a.json").toFile(), new ArticleDocument("1.0", "a",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        DocumentDateSource.NONE, Optional.empty(), "Mr Brown and Mr Blair.",
        List.of(new Person("p1", "Brown", List.of(new Mention("Brown", 3, 8)), List.of()),
            new Person("p2", "Blair", List.of(new Mention("Blair", 16, 21)), List.of())),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    Path json = root.resolve("figures.json");

    int exit = Main.run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(),
        "--json", json.toString());

    assertEquals(ExitCodes.OK, exit);
    JsonNode person = Json.mapper().readTree(json.toFile()).path("rows").path("PERSON");
    assertEquals(1, person.path("tp").asInt());
    assertEquals(1, person.path("fp").asInt());
    assertEquals(0.5, person.path("precision").asDouble(), 1e-9);
  }

  @Test
  void missingGoldAndPredictionsForConllAreUsageErrors() throws IOException {
    assertEquals(ExitCodes.USAGE, Main.run("evaluate", "--gold", root.resolve("nope").toString()));
    Path conll = Files.writeString(root.resolve("x.conll"), "EU NNP I-NP I-ORG\n");
    assertEquals(ExitCodes.USAGE, Main.run("evaluate", "--gold", conll.toString(), "--format",
        "conll", "--pred", root.toString()));
  }
}
