package org.argus.quotes.speaker;

import static org.argus.quotes.QuoteFixtures.actor;
import static org.argus.quotes.QuoteFixtures.document;
import static org.argus.quotes.QuoteFixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Quote;
import org.argus.model.Span;
import org.argus.quotes.QuoteFixtures;
import org.argus.quotes.draft.Attribution;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.QuoteDraft;
import org.junit.jupiter.api.Test;

/** The sieves for a direct quote no cue attributed, each alone (fixture quotations.conllu, actors written here). */
class UncuedSpeakerUnitsTest {
    private static Passage passage(Actor... actors) {
        Document d = document("quotations");
        return QuoteFixtures.STAGE.passage(d.withActors(List.of(actors)));
    }

    private static QuoteDraft uncued(Passage p, String words) {
        Span s = span(p, words);
        return new QuoteDraft(words, s, Quote.Kind.DIRECT, null, null);
    }

    @Test
    void thePersonNamedLastBeforeTheQuoteInItsParagraphSpeaks() {
        assertEquals("quote.speaker.before-in-paragraph", BeforeInParagraph.ID);
        Document d = document("quotations");
        Passage p = passage(actor(d, "elena", "Elena Varga", ActorType.PERSON, null, "Elena"),
                actor(d, "ministry", "the Ministry", ActorType.ORGANIZATION, null, "the meeting"));
        QuoteDraft q = uncued(p, "Lena");
        assertTrue(new BeforeInParagraph().apply(new Attribution(p, q, null)));
        assertEquals("elena", q.speaker().actorId());
        assertEquals("Elena", q.speaker().span().of(p.text()), "the reference keeps the mention's own words");
        QuoteDraft none = uncued(p, "Nobody came");
        assertFalse(new BeforeInParagraph().apply(new Attribution(p, none, null)), "no person before it in its paragraph");
    }

    @Test
    void elseThePersonNamedFirstAfterItInItsParagraph() {
        assertEquals("quote.speaker.after-in-paragraph", AfterInParagraph.ID);
        Document d = document("quotations");
        Passage p = passage(actor(d, "varga", "Elena Varga", ActorType.PERSON, null, "Varga spoke"));
        QuoteDraft q = uncued(p, "Lena");
        assertFalse(new BeforeInParagraph().apply(new Attribution(p, q, null)));
        assertTrue(new AfterInParagraph().apply(new Attribution(p, q, null)));
        assertEquals("varga", q.speaker().actorId());
    }

    @Test
    void aQuoteInAParagraphNamingNoOneGoesOnFromTheSpeakerOfTheQuoteBeforeIt() {
        assertEquals("quote.speaker.previous-quote", PreviousQuote.ID);
        Passage p = passage();
        QuoteDraft before = uncued(p, "The harvest failed this year,");
        ActorRef farmer = new ActorRef("the farmer", null, null, null, span(p, "the farmer"));
        before.speaker(farmer);
        QuoteDraft q = uncued(p, "Nobody came to help us.");
        assertTrue(new PreviousQuote().apply(new Attribution(p, q, before)));
        assertEquals(farmer, q.speaker());
        QuoteDraft silent = uncued(p, "The harvest failed this year,");
        assertFalse(new PreviousQuote().apply(new Attribution(p, uncued(p, "Nobody came to help us."), silent)),
                "the quote before has no speaker to give");
        QuoteDraft first = uncued(p, "The border stays shut");
        assertFalse(new PreviousQuote().apply(new Attribution(p, first, before)), "the first paragraph goes on from nothing");
    }

    @Test
    void elseThePersonNamedLastInThePreviousParagraph() {
        assertEquals("quote.speaker.previous-paragraph", PreviousParagraph.ID);
        Document d = document("quotations");
        Passage p = passage(actor(d, "farmer", "the farmer", ActorType.PERSON, "farmer", "the farmer"));
        QuoteDraft q = uncued(p, "Nobody came to help us.");
        assertTrue(new PreviousParagraph().apply(new Attribution(p, q, null)));
        assertEquals("farmer", q.speaker().actorId());
        QuoteDraft first = uncued(p, "The border stays shut");
        assertFalse(new PreviousParagraph().apply(new Attribution(p, first, null)), "the first paragraph has none before it");
    }

    @Test
    void aSieveLeavesAQuoteThatHasASpeakerOrIsNoDirectQuote() {
        Document d = document("quotations");
        Passage p = passage(actor(d, "elena", "Elena Varga", ActorType.PERSON, null, "Elena"));
        QuoteDraft told = uncued(p, "Lena");
        ActorRef someone = new ActorRef("someone", null, null, null, null);
        told.speaker(someone);
        assertFalse(new BeforeInParagraph().apply(new Attribution(p, told, null)));
        assertEquals(someone, told.speaker());
        QuoteDraft reported = new QuoteDraft("Lena", span(p, "Lena"), Quote.Kind.INDIRECT, null, null);
        assertFalse(new BeforeInParagraph().apply(new Attribution(p, reported, null)));
        assertNull(reported.speaker());
    }
}
