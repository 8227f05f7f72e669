package org.argus.model;

import java.util.List;

/** The linguistic annotation of a document's text: sentences with tokens and parses, and NER mentions. */
public record Annotation(List<Sentence> sentences, List<EntityMention> entities) {
    public Annotation {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    /** The sentence containing character offset {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }
}
