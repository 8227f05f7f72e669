package org.argus.quotes.cue;

import static org.argus.quotes.QuoteFixtures.passage;
import static org.argus.quotes.QuoteFixtures.quotation;
import static org.argus.quotes.QuoteFixtures.sentence;
import static org.argus.quotes.QuoteFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argus.model.Sentence;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.SentenceCues;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cue units, each alone on hand-checked parses (fixture cues.conllu). */
class CueUnitsTest {
    private static final Words WORDS = Words.shipped();

    private static SentenceCues scan(Passage p, String words) {
        return new SentenceCues(p, sentence(p, words));
    }

    @Test
    void accordingToIsACueOfTwoWords() {
        assertEquals("quote.cue.according-to", AccordingTo.ID);
        SentenceCues c = scan(passage("cues"), "According to the harbour master");
        assertTrue(new AccordingTo().apply(c));
        assertEquals(CueAt.Kind.ACCORDING, c.kind(0));
        assertEquals(1, c.last(0), "'according to' runs over two tokens");
        assertEquals(AccordingTo.ID, c.by(0));
        assertFalse(new AccordingTo().apply(scan(passage("cues"), "The envoy said that")), "no 'according to' there");
    }

    @Test
    void aVerbOfTheCueListIsACueAndAVerbInsideQuotationMarksIsNot() {
        assertEquals("quote.cue.verb", CueVerb.ID);
        Passage p = passage("cues");
        SentenceCues c = scan(p, "The envoy said that");
        assertTrue(new CueVerb(WORDS.set("quotes/cues")).apply(c));
        int said = token(c.sentence(), "said");
        assertEquals(CueAt.Kind.VERB, c.kind(said));
        for (int i = 0; i < c.sentence().tokens().size(); i++) {
            assertTrue(i == said || c.kind(i) == null, "only 'said' is a cue");
        }
        // "We will not sign this treaty," said Okafor: "said" is a cue, nothing inside the marks is
        SentenceCues quoted = scan(p, "sign this treaty");
        new CueVerb(java.util.Set.of("say", "sign")).apply(quoted);
        assertNull(quoted.kind(token(quoted.sentence(), "sign")), "a verb inside quotation marks is never a cue");
        assertEquals(CueAt.Kind.VERB, quoted.kind(token(quoted.sentence(), "said")));
    }

    @Test
    void anAnalystsCueVerbFromAWordsFileIsACue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("words.tsv");
        Files.writeString(file, "quotes/cues\tcondemn\n");
        SentenceCues c = scan(passage("cues"), "The council condemned");
        assertFalse(new CueVerb(WORDS.set("quotes/cues")).apply(c), "'condemn' is no shipped cue verb");
        Words mine = Words.withUserFile(file, e -> {
            throw new AssertionError(e);
        });
        assertTrue(new CueVerb(mine.set("quotes/cues")).apply(c));
        assertEquals(CueAt.Kind.VERB, c.kind(token(c.sentence(), "condemned")));
    }

    @Test
    void aStanceVerbIsACueOfItsOwnKindUnlessAnEarlierUnitClaimedIt() {
        assertEquals("quote.cue.stance-verb", StanceVerb.ID);
        SentenceCues c = scan(passage("cues"), "The council condemned");
        assertTrue(new StanceVerb(WORDS.set("quotes/stance")).apply(c));
        assertEquals(CueAt.Kind.STANCE, c.kind(token(c.sentence(), "condemned")));
        SentenceCues claimed = scan(passage("cues"), "The council condemned");
        assertTrue(new CueVerb(java.util.Set.of("condemn")).apply(claimed));
        assertFalse(new StanceVerb(WORDS.set("quotes/stance")).apply(claimed), "a token claimed by an earlier unit stays its");
        assertEquals(CueAt.Kind.VERB, claimed.kind(token(claimed.sentence(), "condemned")));
    }

    @Test
    void aQuotationTakesTheCueOfItsOwnSentence() {
        assertEquals("quote.cue.own-sentence", OwnSentence.ID);
        Passage p = passage("cues");
        Quotation q = quotation(p, "We will not sign");
        assertTrue(new OwnSentence().apply(q));
        assertEquals("said", q.cue().span().of(p.text()));
        Quotation alone = quotation(p, "We have waited long enough");
        assertFalse(new OwnSentence().apply(alone), "its own sentence has no cue");
        assertNull(alone.cue());
    }

    @Test
    void aQuotationWithoutACueTakesTheCueOfAShortSentenceRightAfterIt() {
        assertEquals("quote.cue.sentence-after", SentenceAfter.ID);
        Passage p = passage("cues");
        Quotation q = quotation(p, "We have waited long enough");
        assertTrue(new SentenceAfter().apply(q));
        Sentence after = sentence(p, "The lawyer said so");
        assertEquals(after, q.cue().sentence());
        assertEquals("lawyer", after.tokens().get(q.cue().speakerHead()).word());
        assertFalse(new SentenceAfter().apply(quotation(p, "We leave tomorrow")), "the sentence after it is in another paragraph");
    }

    @Test
    void aQuotationAfterASentenceEndingWithAColonTakesTheColonAsItsCue() {
        assertEquals("quote.cue.colon-before", ColonBefore.ID);
        Passage p = passage("cues");
        Quotation q = quotation(p, "We leave tomorrow");
        assertTrue(new ColonBefore().apply(q));
        assertEquals(CueAt.Kind.COLON, q.cue().kind());
        assertEquals(":", q.cue().span().of(p.text()));
        assertEquals("minister", q.cue().sentence().tokens().get(q.cue().speakerHead()).word(), "the subject of the main verb speaks");
        assertEquals(List.of("quote.speaker.main-clause-subject"), q.cue().trace());
        assertFalse(new ColonBefore().apply(quotation(p, "We have waited long enough")), "the sentence before ends with a full stop");
    }
}
