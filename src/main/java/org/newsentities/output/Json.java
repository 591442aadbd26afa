package org.newsentities.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The one Jackson configuration of the output contract: empty optionals as null, lists as []. */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static final ObjectWriter PRETTY =
      MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(
          new DefaultIndenter("  ", "\n")));

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Two-space indentation, "\n" line ends on every platform. */
  public static ObjectWriter pretty() {
    return PRETTY;
  }

  /** One line, for JSONL streams. */
  public static ObjectWriter compact() {
    return MAPPER.writer();
  }

  /**
   * A compact JSON record and its "\n" as one array, so a JSONL writer can put out a whole line in
   * one write: a killed run leaves whole lines for the next one.
   */
  public static byte[] line(byte[] compactJson) {
    byte[] line = new byte[compactJson.length + 1];
    System.arraycopy(compactJson, 0, line, 0, compactJson.length);
    line[compactJson.length] = '\n';
    return line;
  }
}
