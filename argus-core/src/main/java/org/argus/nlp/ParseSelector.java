package org.argus.nlp;

import java.util.List;

/**
 * Decides which sentences get a dependency parse, the costliest annotation. A sentence that no
 * stage can read anything from (no event predicate, no speech verb, no quotation mark) keeps its
 * tokens, tags and entities but no parse. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface ParseSelector {
    /** Parse every sentence. */
    ParseSelector ALL = (words, lemmas) -> true;

    /** Whether the sentence with these words and lemmas (same order, same length) needs a parse. */
    boolean needsParse(List<String> words, List<String> lemmas);
}
