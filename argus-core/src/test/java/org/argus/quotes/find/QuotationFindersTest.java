package org.argus.quotes.find;

import static org.argus.quotes.QuoteFixtures.actor;
import static org.argus.quotes.QuoteFixtures.document;
import static org.argus.quotes.QuoteFixtures.passage;
import static org.argus.quotes.QuoteFixtures.quotation;
import static org.argus.quotes.QuoteFixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Quote;
import org.argus.quotes.QuoteFixtures;
import org.argus.quotes.cue.CueUnits;
import org.argus.quotes.draft.LabelLine;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;

/** The finders of quotes in quotation marks and on label lines, each alone (fixtures quotations, cues, labels). */
class QuotationFindersTest {
    private static Quotation withOwnCue(Passage p, String words) {
        Quotation q = quotation(p, words);
        CueUnits.onQuotations().get(0).apply(q); // quote.cue.own-sentence
        return q;
    }

    @Test
    void aQuotationOpeningWithACapitalLabelIsATranscriptTurn() {
        assertEquals("quote.find.transcript-turn", TranscriptTurn.ID);
        Passage p = passage("quotations");
        Quotation q = quotation(p, "VARGA:");
        assertTrue(new TranscriptTurn().apply(q));
        assertFalse(q.open());
        QuoteDraft turn = p.quotes().get(0);
        assertEquals(Quote.Kind.LABELLED, turn.kind());
        assertEquals("We will not accept these terms today", turn.text());
        assertEquals("VARGA", turn.speaker().name());
        assertNull(turn.speaker().actorId(), "no actor is named so: the label's words stay");
        assertEquals(":", turn.cue().text());
        assertNull(p.previous(), "no quotation goes on from a transcript turn");
        assertFalse(new TranscriptTurn().apply(quotation(p, "The border stays shut")), "no label");
    }

    @Test
    void theLabelOfATurnNamesAnActorWhenTheArticleKnowsThem() {
        Document d = document("quotations");
        Passage p = QuoteFixtures.STAGE.passage(d.withActors(List.of(actor(d, "varga", "Elena Varga", ActorType.PERSON, null, "VARGA"))));
        assertTrue(new TranscriptTurn().apply(quotation(p, "VARGA:")));
        assertEquals("varga", p.quotes().get(0).speaker().actorId());
    }

    @Test
    void aQuotedNameANamingVerbGivesIsAQuoteOfWhoIsNamedAndTheName() {
        assertEquals("quote.find.naming", Naming.ID);
        Passage p = passage("cues");
        QuoteDraft overlapping = new QuoteDraft("the plan", span(p, "the plan"), Quote.Kind.INDIRECT, null, null);
        p.reported().add(overlapping);
        Quotation q = quotation(p, "dangerous gamble");
        Naming naming = new Naming(Words.shipped().set("quotes/naming-verbs"));
        assertTrue(naming.apply(q));
        QuoteDraft made = p.quotes().get(0);
        assertEquals("the plan a \"dangerous gamble\"", made.text());
        assertEquals("The minister", made.speaker().name());
        assertEquals("called", made.cue().text());
        assertEquals(List.of("quote.speaker.naming-subject"), made.trace(), "the sieve that found the speaker");
        assertTrue(p.reported().isEmpty(), "a reported statement it overlaps gives way");
        assertFalse(naming.apply(quotation(p, "We leave tomorrow")), "not a short or lower-case quotation");
        assertFalse(new Naming(java.util.Set.of("describe")).apply(quotation(passage("cues"), "dangerous gamble")), "'call' is no naming verb then");
    }

    @Test
    void aQuotationNoUnitSettledIsADirectQuoteAttributedThroughItsCue() {
        assertEquals("quote.find.quotation-marks", Quoted.ID);
        Passage p = passage("cues");
        Quotation q = withOwnCue(p, "We will not sign");
        assertTrue(new Quoted().apply(q));
        QuoteDraft made = p.quotes().get(0);
        assertEquals("We will not sign this treaty,", made.text());
        assertEquals("Okafor", made.speaker().name());
        assertEquals(List.of("quote.cue.verb", "quote.speaker.inverted-name"), made.trace(), "the units that found its cue and speaker");
        assertSame(made, p.previous(), "the next quotation may go on from it");
        Quotation settled = quotation(p, "We leave tomorrow");
        settled.drop();
        assertFalse(new Quoted().apply(settled));
    }

    @Test
    void aLabelledLineNoQuoteCoversIsALabelledQuote() {
        assertEquals("quote.find.headline-label", HeadlineStatement.ID);
        Document d = document("labels");
        Passage p = QuoteFixtures.STAGE.passage(d.withActors(List.of(actor(d, "varga", "Elena Varga", ActorType.PERSON, null, "Varga"))));
        LabelLine line = LabelLine.of(p).get(0);
        assertTrue(new HeadlineStatement().apply(line));
        QuoteDraft q = p.quotes().get(0);
        assertEquals(Quote.Kind.LABELLED, q.kind());
        assertEquals("The ceasefire will not hold past the weekend", q.text());
        assertEquals("varga", q.speaker().actorId());
        assertFalse(new HeadlineStatement().apply(line), "now a quote covers the line");
    }
}
