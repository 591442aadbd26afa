package org.newsentities.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsentities.eval.TimeMlDocument.GoldTimex;

/**
 * Reads TimeML {@code .tml} files (TimeBank, AQUAINT, TempEval-3). The text is the character
 * content of {@code <TEXT>} with every tag (EVENT, SIGNAL, TIMEX3) removed; TIMEX3 offsets index
 * it. The DCT is the value of the TIMEX3 inside {@code <DCT>}.
 */
public final class TimeMlReader {

  private static final XMLInputFactory FACTORY = newFactory();

  private TimeMlReader() {}

  /** Every {@code .tml} file under {@code path} (or {@code path} itself), sorted by name. */
  public static List<Path> files(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    try (var walk = Files.walk(path)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".tml"))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }

  public static TimeMlDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
    try (InputStream in = Files.newInputStream(file)) {
      return read(id, in);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  public static TimeMlDocument read(String id, InputStream in) throws IOException {
    try {
      return parse(id, FACTORY.createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw new IOException(id + ": not well-formed TimeML: " + e.getMessage(), e);
    }
  }

  private static TimeMlDocument parse(String id, XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    Optional<LocalDate> dct = Optional.empty();
    boolean inText = false;
    boolean inDct = false;
    GoldTimex open = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "TEXT" -> inText = true;
          case "DCT" -> inDct = true;
          case "TIMEX3" -> {
            if (inDct && dct.isEmpty()) {
              dct = Optional.of(parseDate(id, attribute(xml, "value")));
            } else if (inText) {
              open = new GoldTimex(attribute(xml, "tid"), "", text.length(), -1,
                  attribute(xml, "type"), attribute(xml, "value"));
            }
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xml.getLocalName()) {
          case "TEXT" -> inText = false;
          case "DCT" -> inDct = false;
          case "TIMEX3" -> {
            if (open != null) {
              timexes.add(new GoldTimex(open.tid(), text.substring(open.start()), open.start(),
                  text.length(), open.type(), open.value()));
              open = null;
            }
          }
          default -> { }
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
        text.append(xml.getText());
      }
    }
    if (dct.isEmpty()) {
      throw new IllegalArgumentException(id + ": no <DCT> date");
    }
    return new TimeMlDocument(id, dct.get(), text.toString(), timexes);
  }

  private static String attribute(XMLStreamReader xml, String name) {
    String v = xml.getAttributeValue(null, name);
    return v == null ? "" : v.strip();
  }

  private static LocalDate parseDate(String id, String value) {
    try {
      return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(id + ": DCT is not a date: " + value, e);
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
