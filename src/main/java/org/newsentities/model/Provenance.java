package org.newsentities.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * Where an output document came from and what made it: the input (path, JSONL line, sha256 of its
 * exact bytes) and the pipeline (version and build, models, configuration). A later run compares
 * these with its own to skip articles whose output is current. Added in schema 1.1.
 *
 * @param inputLine the 1-based line for a JSONL input, else empty
 * @param pipelineVersion news-entities version with the build ({@code 0.1.0+3f2a9c1d0b7e})
 * @param modelVersion the NLP library and the models it loaded
 * @param configSha256 sha256 of the configuration keys that can change the output
 * @param warnings what went wrong without costing the article (encoding, language, sentences)
 */
@JsonPropertyOrder({"inputPath", "inputLine", "inputSha256", "pipelineVersion", "modelVersion",
    "configSha256", "warnings"})
public record Provenance(
    String inputPath,
    Optional<Integer> inputLine,
    String inputSha256,
    String pipelineVersion,
    String modelVersion,
    String configSha256,
    List<String> warnings) {

  public Provenance {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    inputLine = inputLine == null ? Optional.empty() : inputLine;
  }
}
