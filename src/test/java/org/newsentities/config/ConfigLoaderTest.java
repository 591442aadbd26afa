package org.newsentities.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  @Test
  void nothingGivenIsTheDefaults() throws ConfigException {
    assertEquals(PipelineConfig.defaults(), ConfigLoader.load(Optional.empty(), List.of()));
  }

  @Test
  void fileThenFlagsEachOverrideOnlyWhatTheyName() throws Exception {
    Path file = Files.writeString(dir.resolve("c.json"),
        "{\"annotator\": {\"maxSentenceTokens\": 80}, \"batch\": {\"threads\": 3, \"progress\": \"OFF\"}}");
    PipelineConfig c = ConfigLoader.load(Optional.of(file), List.of(
        ConfigLoader.Override.parse("batch.threads=1"),
        ConfigLoader.Override.of("--timeout", "batch.articleTimeoutSeconds", 7)));
    assertEquals(80, c.annotator().maxSentenceTokens());
    assertEquals(AnnotatorConfig.DEFAULT_NER_MODEL, c.annotator().nerModel());
    assertEquals(1, c.batch().threads());
    assertEquals(7, c.batch().articleTimeoutSeconds());
    assertEquals(ProgressMode.off, c.batch().progress(), "enum values ignore case");
  }

  @Test
  void unknownKeysAreErrorsListingTheKnownOnes() throws IOException {
    Path file = Files.writeString(dir.resolve("c.json"), "{\"anotator\": {}}");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(Optional.of(file), List.of()));
    assertEquals(file + ": unknown key 'anotator'; known keys: annotator, maxArticleChars, topics, batch, dates "
        + "(extract --print-config shows them all)", e.getMessage());
    ConfigException set = assertThrows(ConfigException.class, () -> ConfigLoader.load(
        Optional.empty(), List.of(ConfigLoader.Override.parse("annotator.nerModle=x"))));
    assertTrue(set.getMessage().startsWith("--set annotator.nerModle=x: unknown key "
        + "'annotator.nerModle'; known keys in 'annotator': posModel, nerModel, maxSentenceTokens"),
        set.getMessage());
  }

  @Test
  void wrongTypesAndInvalidValuesSayWhichKeyAndWhere() throws IOException {
    Path file = Files.writeString(dir.resolve("c.json"), "{\"batch\": {\"format\": \"xml\"}}");
    ConfigException format = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(Optional.of(file), List.of()));
    assertEquals(file + ": 'batch.format' must be one of json, jsonl, got xml", format.getMessage());
    ConfigException negative = assertThrows(ConfigException.class, () -> ConfigLoader.load(
        Optional.empty(), List.of(ConfigLoader.Override.parse("maxArticleChars=-1"))));
    assertEquals("--set maxArticleChars=-1: maxArticleChars must be at least 1, got -1",
        negative.getMessage());
    ConfigException object = assertThrows(ConfigException.class, () -> ConfigLoader.load(
        Optional.empty(), List.of(ConfigLoader.Override.parse("batch=3"))));
    assertTrue(object.getMessage().contains("'batch' must be a JSON object"), object.getMessage());
    ConfigException level = assertThrows(ConfigException.class, () -> ConfigLoader.load(
        Optional.empty(), List.of(ConfigLoader.Override.parse("batch.logLevel=loud"))));
    assertTrue(level.getMessage().contains("batch.logLevel must be one of trace"), level.getMessage());
  }

  @Test
  void printedConfigurationLoadsBackToTheSameRecord() throws Exception {
    PipelineConfig custom = ConfigLoader.load(Optional.empty(),
        List.of(ConfigLoader.Override.parse("batch.format=jsonl")));
    Path file = Files.writeString(dir.resolve("c.json"), ConfigLoader.print(custom));
    assertEquals(custom, ConfigLoader.load(Optional.of(file), List.of()));
  }

  @Test
  void fingerprintChangesWithExtractionKeysOnly() throws ConfigException {
    PipelineConfig base = PipelineConfig.defaults();
    PipelineConfig moreThreads = ConfigLoader.load(Optional.empty(),
        List.of(ConfigLoader.Override.parse("batch.threads=7")));
    PipelineConfig otherModel = ConfigLoader.load(Optional.empty(),
        List.of(ConfigLoader.Override.parse("annotator.nerModel=my/ner.crf.ser.gz")));
    assertEquals(ConfigLoader.fingerprint(base), ConfigLoader.fingerprint(moreThreads));
    assertNotEquals(ConfigLoader.fingerprint(base), ConfigLoader.fingerprint(otherModel));
  }
}
