package org.newsentities.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the {@link PipelineConfig} of a run: the defaults, then a JSON config file, then flags,
 * each layer overriding keys of the one before. The defaults, as a JSON tree, are the list of known
 * keys: a key that is not in it is an error naming the keys that are. Values are bound to the
 * records with Jackson, whose compact constructors validate them.
 */
public final class ConfigLoader {

  /** One override from the command line: {@code key} is dotted ("batch.threads"). */
  public record Override(String origin, String key, JsonNode value) {

    /** {@code --set key=value}: the value is read as JSON when it is JSON, else as a string. */
    public static Override parse(String assignment) throws ConfigException {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException("--set " + assignment + ": expected KEY=VALUE, e.g. --set batch.threads=2");
      }
      String raw = assignment.substring(eq + 1);
      JsonNode value;
      try {
        value = raw.isBlank() ? TextNode.valueOf(raw) : MAPPER.readTree(raw);
      } catch (JsonProcessingException e) {
        value = TextNode.valueOf(raw);
      }
      return new Override("--set " + assignment, assignment.substring(0, eq).strip(), value);
    }

    public static Override of(String flag, String key, Object value) {
      return new Override(flag, key, MAPPER.valueToTree(value));
    }
  }

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  private ConfigLoader() {}

  public static PipelineConfig load(Optional<Path> file, List<Override> overrides)
      throws ConfigException {
    ObjectNode tree = MAPPER.valueToTree(PipelineConfig.defaults());
    Map<String, String> origins = new LinkedHashMap<>();
    if (file.isPresent()) {
      merge(tree, readFile(file.get()), "", file.get().toString(), origins);
    }
    for (Override o : overrides) {
      set(tree, o, origins);
    }
    return bind(tree, origins);
  }

  /** The effective configuration as the JSON a {@code --config} file may hold. */
  public static String print(PipelineConfig config) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a configuration record cannot be written as JSON", e);
    }
  }

  /**
   * sha256 of every key that can change what is extracted (all but {@code batch}), in a canonical
   * key order, so an output made with another configuration is recognised as out of date.
   */
  public static String fingerprint(PipelineConfig config) {
    ObjectNode tree = MAPPER.valueToTree(config);
    tree.remove("batch");
    try {
      byte[] canonical = MAPPER.writeValueAsBytes(canonical(tree));
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object canonical(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      node.fields().forEachRemaining(f -> sorted.put(f.getKey(), canonical(f.getValue())));
      return sorted;
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(n -> items.add(canonical(n)));
      return items;
    }
    return node;
  }

  private static JsonNode readFile(Path file) throws ConfigException {
    try {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new ConfigException(file + ": the config file is empty; expected a JSON object "
            + "(see extract --print-config)");
      }
      return node;
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": config file not found");
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": not valid JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the config file: " + e.getMessage());
    }
  }

  private static void merge(ObjectNode target, JsonNode source, String path, String origin,
      Map<String, String> origins) throws ConfigException {
    if (!source.isObject()) {
      throw new ConfigException(origin + ": " + (path.isEmpty() ? "the configuration" : "'" + path + "'")
          + " must be a JSON object with the keys " + keys(target));
    }
    for (Iterator<String> names = source.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String key = path.isEmpty() ? name : path + "." + name;
      JsonNode current = target.get(name);
      if (current == null) {
        throw unknownKey(origin, key, path, target);
      }
      if (current.isObject()) {
        merge((ObjectNode) current, source.get(name), key, origin, origins);
      } else {
        target.set(name, source.get(name));
        origins.put(key, origin);
      }
    }
  }

  private static void set(ObjectNode tree, Override o, Map<String, String> origins)
      throws ConfigException {
    String[] parts = o.key().split("\\.", -1);
    ObjectNode node = tree;
    String path = "";
    for (int i = 0; i < parts.length; i++) {
      String key = path.isEmpty() ? parts[i] : path + "." + parts[i];
      JsonNode child = node.get(parts[i]);
      if (child == null) {
        throw unknownKey(o.origin(), key, path, node);
      }
      if (i == parts.length - 1) {
        if (child.isObject()) {
          merge((ObjectNode) child, o.value(), key, o.origin(), origins);
        } else {
          node.set(parts[i], o.value());
          origins.put(key, o.origin());
        }
      } else if (child.isObject()) {
        node = (ObjectNode) child;
        path = key;
      } else {
        throw new ConfigException(o.origin() + ": '" + key + "' is a single value, it has no key '"
            + parts[i + 1] + "'");
      }
    }
  }

  private static PipelineConfig bind(ObjectNode tree, Map<String, String> origins)
      throws ConfigException {
    try {
      return MAPPER.treeToValue(tree, PipelineConfig.class);
    } catch (ValueInstantiationException e) {
      // A record's own validation: its message starts with the key it is about.
      String message = (e.getCause() != null ? e.getCause() : e).getMessage();
      String origin = origins.entrySet().stream()
          .filter(o -> message.startsWith(o.getKey() + " "))
          .map(Map.Entry::getValue).findFirst().orElse("configuration");
      throw new ConfigException(origin + ": " + message);
    } catch (InvalidFormatException e) {
      String key = path(e);
      throw new ConfigException(origins.getOrDefault(key, "configuration") + ": '" + key
          + "' must be " + describe(e.getTargetType()) + ", got " + e.getValue());
    } catch (JsonMappingException e) {
      String key = path(e);
      Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
      throw new ConfigException(origins.getOrDefault(key, "configuration") + ": '" + key
          + "' must be " + describe(type) + " (" + e.getOriginalMessage().split("\n")[0] + ")");
    } catch (JsonProcessingException e) {
      throw new ConfigException("configuration: " + e.getOriginalMessage());
    }
  }

  private static ConfigException unknownKey(String origin, String key, String path,
      JsonNode level) {
    return new ConfigException(origin + ": unknown key '" + key + "'; known keys"
        + (path.isEmpty() ? "" : " in '" + path + "'") + ": " + keys(level)
        + " (extract --print-config shows them all)");
  }

  private static String keys(JsonNode level) {
    List<String> names = new ArrayList<>();
    level.fieldNames().forEachRemaining(names::add);
    return String.join(", ", names);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of the right type";
    }
    if (type.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        values.add(c.toString());
      }
      return "one of " + String.join(", ", values);
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    return "a " + type.getSimpleName();
  }
}
