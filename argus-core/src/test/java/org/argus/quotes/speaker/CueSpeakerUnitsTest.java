package org.argus.quotes.speaker;

import static org.argus.quotes.QuoteFixtures.passage;
import static org.argus.quotes.QuoteFixtures.sentence;
import static org.argus.quotes.QuoteFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.argus.model.Sentence;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.quotes.draft.Passage;
import org.junit.jupiter.api.Test;

/** The sieves that find a cue's speaker head, each alone on hand-checked parses (fixture cues.conllu). */
class CueSpeakerUnitsTest {
    private final Passage p = passage("cues");

    private CueDraft draft(String words, String cue, CueAt.Kind kind) {
        Sentence s = sentence(p, words);
        int i = token(s, cue);
        return new CueDraft(p, s, i, kind == CueAt.Kind.ACCORDING ? i + 1 : i, kind);
    }

    private static String head(CueDraft c) {
        return c.sentence().tokens().get(c.speakerHead()).word();
    }

    @Test
    void theSpeakerOfAccordingToIsItsObject() {
        assertEquals("quote.speaker.according-to-object", AccordingToObject.ID);
        CueDraft c = draft("According to the harbour master", "According", CueAt.Kind.ACCORDING);
        assertTrue(new AccordingToObject().apply(c));
        assertEquals("master", head(c));
        assertFalse(new AccordingToObject().apply(draft("The envoy said that", "said", CueAt.Kind.VERB)), "a verb is no 'according to'");
    }

    @Test
    void theSpeakerOfASpeechVerbIsItsSubject() {
        assertEquals("quote.speaker.cue-subject", CueSubject.ID);
        CueDraft c = draft("The envoy said that", "said", CueAt.Kind.VERB);
        assertTrue(new CueSubject().apply(c));
        assertEquals("envoy", head(c));
        CueDraft quotedSubject = draft("My only hope", "said", CueAt.Kind.VERB);
        assertFalse(new CueSubject().apply(quotedSubject), "'hope', the subject the parser gave, is quoted: it never speaks");
    }

    @Test
    void aNameRightAfterACueVerbThatFollowsAQuotationIsTheSpeaker() {
        assertEquals("quote.speaker.inverted-name", InvertedName.ID);
        CueDraft c = draft("sign this treaty", "said", CueAt.Kind.VERB);
        assertFalse(new CueSubject().apply(c), "the parser gave 'said' no subject ('Okafor' is its xcomp)");
        assertTrue(new InvertedName().apply(c));
        assertEquals("Okafor", head(c));
        assertFalse(new InvertedName().apply(draft("The envoy said that", "said", CueAt.Kind.VERB)), "the verb has a subject");
    }

    @Test
    void whenQuotedWordsWereTakenForTheSubjectThePronounBesideTheCueSpeaks() {
        assertEquals("quote.speaker.beside-cue", BesideCue.ID);
        CueDraft c = draft("My only hope", "said", CueAt.Kind.VERB);
        assertTrue(new BesideCue().apply(c));
        assertEquals("he", head(c));
        assertFalse(new BesideCue().apply(draft("The envoy said that", "said", CueAt.Kind.VERB)), "its subject is not quoted");
    }

    @Test
    void theSpeakerOfANamingVerbIsItsOwnSubject() {
        assertEquals("quote.speaker.naming-subject", NamingSubject.ID);
        CueDraft c = draft("called the plan", "called", CueAt.Kind.NAMING);
        assertTrue(new NamingSubject().apply(c));
        assertEquals("minister", head(c));
        assertFalse(new NamingSubject().apply(draft("called the plan", "called", CueAt.Kind.VERB)), "only a naming cue");
    }

    @Test
    void aParticipleNamingVerbTakesTheSubjectOfTheClauseItHangsOn() {
        assertEquals("quote.speaker.participle-subject", ParticipleSubject.ID);
        CueDraft c = draft("calling it a", "calling", CueAt.Kind.NAMING);
        assertFalse(new NamingSubject().apply(c), "'calling' has no subject of its own");
        assertTrue(new ParticipleSubject().apply(c));
        assertEquals("Okafor", head(c));
    }

    @Test
    void theSpeakerOfAColonIsTheSubjectOfItsSentencesMainVerb() {
        assertEquals("quote.speaker.main-clause-subject", MainClauseSubject.ID);
        CueDraft c = draft("a blunt answer", ":", CueAt.Kind.COLON);
        assertTrue(new MainClauseSubject().apply(c));
        assertEquals("minister", head(c));
    }

    @Test
    void aRelativePronounSpeakerStandsForTheNounItsClauseHangsOn() {
        assertEquals("quote.speaker.relative-pronoun", RelativePronoun.ID);
        CueDraft c = draft("The mayor, who said", "said", CueAt.Kind.VERB);
        assertTrue(new CueSubject().apply(c));
        assertEquals("who", head(c));
        assertTrue(new RelativePronoun().apply(c));
        CueAt cue = c.result(java.util.List.of());
        assertEquals("mayor", cue.sentence().tokens().get(cue.antecedent()).word());
        CueDraft plain = draft("The envoy said that", "said", CueAt.Kind.VERB);
        new CueSubject().apply(plain);
        assertFalse(new RelativePronoun().apply(plain));
    }
}
