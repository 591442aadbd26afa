package org.newsentities.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes decoded to text: strict UTF-8 when the bytes are UTF-8, otherwise windows-1252 (a superset
 * of Latin-1 for printable text), with a warning saying so. A UTF-8 byte order mark is dropped.
 */
public record DecodedText(String text, Optional<String> warning) {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public static DecodedText decode(byte[] bytes) {
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(buffer)
              .toString();
      return new DecodedText(text, Optional.empty());
    } catch (CharacterCodingException e) {
      String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
      return new DecodedText(text, Optional.of("not valid UTF-8; decoded as windows-1252 (Latin-1)"));
    }
  }

  /** True when the bytes look like a binary file rather than text (NUL bytes near the start). */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20)) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
  }
}
