package org.argus.events.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.argus.model.EventType;
import org.argus.words.Lines;
import org.junit.jupiter.api.Test;

class CameoDictionaryTest {
    private static final String VERB = "BLOCK_A\tcondemn\t\t\tcondemn|condemns|condemned|condemning\t111\tACCUSE\tdisapprove\t\t7";
    private static final String PATTERN = "BLOCK_A-00000a\tBLOCK_A\t9\t\t\t&SET\tin:^\t\t\t112\t\t112\tACCUSE\t\t\texact\tok\tcondemn";
    private static final String SYNSET = "&SET\tarmed forces\t3";

    private static List<Lines.Line> lines(String name, String... rows) {
        try {
            return Lines.read(name, new StringReader("# header\n" + String.join("\n", rows) + "\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CameoDictionary read(String verbs, String patterns, String synsets) {
        return CameoDictionary.read(lines("verbs.tsv", verbs), lines("patterns.tsv", patterns), lines("synsets.tsv", synsets));
    }

    @Test
    void readsVerbsPatternsAndSynonymSets() {
        CameoDictionary d = read(VERB, PATTERN, SYNSET);
        CameoVerb v = d.verbs("condemned").get(0);
        assertEquals("BLOCK_A", v.block());
        assertEquals("111", v.code());
        assertEquals(EventType.ACCUSE, v.plover().type());
        assertEquals("disapprove", v.plover().mode());
        CameoPattern p = d.pattern("BLOCK_A-00000a").orElseThrow();
        assertEquals(List.of("&SET"), p.objects().get(0).words());
        assertEquals(List.of("in"), p.preps().get(0).prepositions());
        assertEquals("^", p.preps().get(0).items().get(0).marker());
        assertEquals(List.of(List.of("armed", "forces")), d.synset("&SET"));
        assertEquals("cameo:BLOCK_A-00000a", p.traceId());
    }

    @Test
    void aBadRowFailsNamingItsFileAndLine() {
        String badCode = PATTERN.replace("\t112\t\t112\t", "\t11x\t\t11x\t");
        var e = assertThrows(IllegalArgumentException.class, () -> read(VERB, badCode, SYNSET));
        assertEquals("patterns.tsv:2: '11x' is not a CAMEO code", e.getMessage());
        var type = assertThrows(IllegalArgumentException.class, () -> read(VERB, PATTERN.replace("ACCUSE", "SCOLD"), SYNSET));
        assertEquals("patterns.tsv:2: 'SCOLD' is not a PLOVER type", type.getMessage());
        var verb = assertThrows(IllegalArgumentException.class, () -> read(VERB.replace("condemn\t", "Condemn!\t"), PATTERN, SYNSET));
        assertTrue(verb.getMessage().startsWith("verbs.tsv:2: expected a block and a lower-case verb"), verb.getMessage());
        var set = assertThrows(IllegalArgumentException.class, () -> read(VERB, PATTERN, "&OTHER\tarmed forces\t3"));
        assertEquals("patterns.tsv:2: synonym set &SET is not in synsets.tsv", set.getMessage());
        var columns = assertThrows(IllegalArgumentException.class, () -> read(VERB, PATTERN + "\textra", SYNSET));
        assertEquals("patterns.tsv:2: expected 18 tab-separated fields, got 19", columns.getMessage());
        var item = assertThrows(IllegalArgumentException.class, () -> read(VERB, PATTERN.replace("\tin:^\t", "\tin\t"), SYNSET));
        assertEquals("patterns.tsv:2: expected 'prep:items', got 'in'", item.getMessage());
    }

    @Test
    void anUnsupportedPatternIsLoadedButItsSynonymSetsAreNotRequired() {
        String unsupported = PATTERN.replace("&SET", "&NOWHERE").replace("\tok\t", "\tunsupported: undefined synonym set &NOWHERE\t");
        CameoDictionary d = read(VERB, unsupported, SYNSET);
        assertTrue(!d.pattern("BLOCK_A-00000a").orElseThrow().usable());
    }

    @Test
    void aVerbListedInTwoBlocksKeepsItsFirst() {
        CameoDictionary d = read(VERB + "\n" + VERB.replace("BLOCK_A", "BLOCK_B"), PATTERN, SYNSET);
        assertEquals(List.of("BLOCK_A"), d.verbs("condemn").stream().map(CameoVerb::block).toList());
    }

    @Test
    void theShippedDictionaryLoads() {
        CameoDictionary d = CameoDictionary.load();
        assertTrue(d.patternCount() > 4000, "patterns: " + d.patternCount());
        assertTrue(d.verbCount() > 1500, "verbs: " + d.verbCount());
        assertTrue(d.synset("&MILITARY").contains(List.of("troops")));
        assertTrue(d.verbs("hurried").stream().anyMatch(v -> v.verb().equals("hurry")), "irregular forms from {...}");
    }
}
