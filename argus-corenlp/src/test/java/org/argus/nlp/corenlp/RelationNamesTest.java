package org.argus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Dependency;
import org.junit.jupiter.api.Test;

/** Relation names on hand-built trees (no parser): each rule of {@link RelationNames}. */
class RelationNamesTest {
    /** Builds a tree from "head relation" pairs, one per word (head -1 for the root). */
    private static List<String> names(List<String> words, Object... headsAndRelations) {
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            deps.add(new Dependency((Integer) headsAndRelations[2 * i], i, (String) headsAndRelations[2 * i + 1]));
        }
        return RelationNames.refine(deps, words).stream().map(Dependency::relation).toList();
    }

    @Test
    void obliquesCarryTheirPrepositionAndPassiveByPhrasesAreAgents() {
        // "Drones were downed by defences in Sirte"
        List<String> words = List.of("Drones", "were", "downed", "by", "defences", "in", "Sirte");
        List<String> names = names(words, 2, "nsubj:pass", 2, "aux:pass", -1, "root", 4, "case", 2, "obl", 6, "case", 2, "obl");
        assertEquals("obl:agent", names.get(4));
        assertEquals("obl:in", names.get(6));
    }

    @Test
    void byInAnActiveClauseIsAPlainPreposition() {
        // "Rebels advanced by night"
        List<String> names = names(List.of("Rebels", "advanced", "by", "night"), 1, "nsubj", -1, "root", 3, "case", 1, "obl");
        assertEquals("obl:by", names.get(3));
    }

    @Test
    void multiWordPrepositionsAreJoined() {
        // "Russia along with Egypt backed him"
        List<String> words = List.of("Russia", "along", "with", "Egypt", "backed", "him");
        List<String> names = names(words, 4, "nsubj", 3, "case", 1, "fixed", 0, "nmod", -1, "root", 4, "obj");
        assertEquals("nmod:along_with", names.get(3));
    }

    @Test
    void possessiveMarkersDoNotNameTheRelation() {
        // "talks of Haftar 's forces": the possessive 's is not a preposition
        List<String> words = List.of("Haftar", "'s", "forces");
        List<String> names = names(words, 2, "nmod", 0, "case", -1, "root");
        assertEquals("nmod", names.get(0));
    }

    @Test
    void everyConjunctTakesTheSharedConjunction() {
        // "Egypt , Russia and Turkey"
        List<String> words = List.of("Egypt", ",", "Russia", "and", "Turkey");
        List<String> names = names(words, -1, "root", 2, "punct", 0, "conj", 4, "cc", 0, "conj");
        assertEquals("conj:and", names.get(2));
        assertEquals("conj:and", names.get(4));
    }

    @Test
    void aSubjectOfAPassiveVerbIsPassiveAndClausesCarryTheirMarker() {
        // "he was detained if he returned"
        List<String> words = List.of("he", "was", "detained", "if", "he", "returned");
        List<String> names = names(words, 2, "nsubj", 2, "aux:pass", -1, "root", 5, "mark", 5, "nsubj", 2, "advcl");
        assertEquals("nsubj:pass", names.get(0));
        assertEquals("nsubj", names.get(4));
        assertEquals("advcl:if", names.get(5));
    }
}
