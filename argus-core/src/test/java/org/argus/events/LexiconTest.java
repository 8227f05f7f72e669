package org.argus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumSet;
import org.argus.model.EventType;
import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void theShippedLexiconCoversEveryPloverType() {
        Lexicon lexicon = Lexicon.load();
        EnumSet<EventType> seen = EnumSet.noneOf(EventType.class);
        for (EventType type : EventType.values()) {
            // every type is reachable from at least one verb
            boolean any = Arrays.stream(new String[] {"agree", "meet", "back", "lift", "cooperate", "aid", "withdraw", "urge",
                    "accuse", "reject", "threaten", "protest", "sanction", "deploy", "arrest", "attack"})
                    .flatMap(l -> lexicon.verbs(l).stream()).anyMatch(e -> e.type() == type);
            if (any) {
                seen.add(type);
            }
        }
        assertEquals(EnumSet.allOf(EventType.class), seen);
        assertTrue(lexicon.size() > 150);
    }

    @Test
    void phrasalVerbsKeepTheirParticle() {
        Lexicon lexicon = Lexicon.load();
        assertTrue(lexicon.verbs("call").stream().anyMatch(e -> "for".equals(e.particle()) && e.type() == EventType.REQUEST));
    }

    @Test
    void aNounCompoundIsItsHeadWithTheModifierItNeeds() throws java.io.IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("strike\tnoun\tASSAULT\t-\nhunger strike\tnoun\tPROTEST\t-\n"), "mine.tsv");
        assertEquals(2, lexicon.nouns("strike").size());
        Lexicon.Entry compound = lexicon.nouns("strike").stream().filter(e -> e.particle() != null).findFirst().orElseThrow();
        assertEquals("hunger", compound.particle());
        assertEquals(EventType.PROTEST, compound.type());
        assertEquals("hunger strike/noun", compound.describe());
    }

    @Test
    void badLinesFailTheLoadWithTheirLineNumber() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("# header\nbomb\tverb\tBOMBARD\t-\n"), "mine.tsv"));
        assertEquals("mine.tsv:2: 'BOMBARD' is not a PLOVER type", type.getMessage());
        IllegalArgumentException pos = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("bomb\tadverb\tASSAULT\t-\n"), "mine.tsv"));
        assertTrue(pos.getMessage().startsWith("mine.tsv:1: part of speech"));
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("bomb\tverb\n"), "mine.tsv"));
        assertTrue(columns.getMessage().contains("4 tab-separated columns"));
    }

    @Test
    void aPredicateDefinedTwiceFailsTheLoadNamingBothLines() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("shell\tverb\tASSAULT\tshelling\nshell\tnoun\tASSAULT\t-\nShell\tverb\tCOERCE\t-\n"),
                        "mine.tsv"));
        assertEquals("mine.tsv:3: 'Shell' (verb) is already defined at line 1; one line per predicate", twice.getMessage());
    }

    @Test
    void aVerbSenseCanDependOnItsObjectAndMayBeNoEvent() throws java.io.IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("meet\tverb\tCONSULT\t-\nmeet>demand\tverb\tCONCEDE\t-\n"
                + "meet>deadline\tverb\t-\t-\n"), "mine.tsv");
        Lexicon.Entry demand = lexicon.verbs("meet").stream().filter(e -> "demand".equals(e.object())).findFirst().orElseThrow();
        assertEquals(EventType.CONCEDE, demand.type());
        assertEquals("meet>demand/verb", demand.describe());
        assertTrue(lexicon.verbs("meet").stream().anyMatch(e -> "deadline".equals(e.object()) && e.type() == null));
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("meet\tverb\t-\t-\n"), "mine.tsv"));
        assertTrue(bare.getMessage().startsWith("mine.tsv:1: '-' (no event) needs an object"), bare.getMessage());
        IllegalArgumentException noun = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("talks>peace\tnoun\tCONSULT\t-\n"), "mine.tsv"));
        assertTrue(noun.getMessage().startsWith("mine.tsv:1: only a verb"), noun.getMessage());
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("meet>demand>deadline\tverb\tCONCEDE\t-\n"), "mine.tsv"));
        assertTrue(two.getMessage().startsWith("mine.tsv:1: an object is one lemma"), two.getMessage());
    }
}
