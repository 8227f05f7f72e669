package org.argus.model;

/**
 * A named-entity mention found by the annotator: a maximal run of tokens of one NER class.
 *
 * @param span       offsets into the document text
 * @param text       covered text
 * @param type       NER class (PERSON, ORGANIZATION, COUNTRY, NATIONALITY, LOCATION, CITY, DATE, ...)
 * @param sentence   index of its sentence
 * @param firstToken index of its first token in the sentence
 * @param lastToken  index of its last token in the sentence (inclusive)
 */
public record EntityMention(Span span, String text, String type, int sentence, int firstToken, int lastToken) {
}
