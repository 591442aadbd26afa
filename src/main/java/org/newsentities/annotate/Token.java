package org.newsentities.annotate;

/**
 * One token of the article with its tags.
 *
 * @param index position in the document's token list
 * @param sentence index of its sentence
 * @param ner the coarse entity tag: PERSON, ORGANIZATION, LOCATION, MISC or O
 */
public record Token(
    int index, int sentence, String word, int start, int end, String pos, String lemma, String ner) {

  public boolean isEntity() {
    return !"O".equals(ner);
  }
}
