package org.argus.model;

/**
 * One token of an annotated sentence.
 *
 * @param index 0-based index within its sentence
 * @param span  offsets into the document text
 * @param word  the token's text as it appears
 * @param lemma lemma, lower-cased by the annotator where it does so
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity class (PERSON, ORGANIZATION, COUNTRY, ... or "O")
 * @param normalized normalised value of a time or number expression (TIMEX value such as
 *                   "2020-01-13" or "XXXX-WXX-5"), or null
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner, String normalized) {
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}
