package org.newsentities.model;

/** One occurrence of an entity in the article: {@code text.equals(articleText.substring(start, end))}. */
public record Mention(String text, int start, int end) {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ") for '" + text + "'");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit span [" + start + "," + end + ")");
    }
  }
}
