package org.argus.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argus.nlp.ParseSelector;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sentences the pipeline parses. */
class PipelinesTest {
    private static final List<String> WORDS = List.of("She", "muttered", "something", "about", "the", "harvest", ".");
    private static final List<String> LEMMAS = List.of("she", "mutter", "something", "about", "the", "harvest", ".");

    @Test
    void aCueVerbTheAnalystAddsMakesItsSentenceWorthAParse(@TempDir Path dir) throws Exception {
        assertFalse(Pipelines.parseSelector().needsParse(WORDS, LEMMAS), "no shipped cue, predicate or quotation mark");
        Path file = dir.resolve("words.tsv");
        Files.writeString(file, "quotes/cues\tmutter\n");
        Words mine = Words.withUserFile(file, e -> {
            throw new AssertionError(e);
        });
        ParseSelector selector = Pipelines.parseSelector(Pipelines.shippedLexicon(), mine);
        assertTrue(selector.needsParse(WORDS, LEMMAS), "else the added cue would find no subject and no clause");
    }
}
