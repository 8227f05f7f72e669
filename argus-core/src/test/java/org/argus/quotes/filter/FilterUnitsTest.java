package org.argus.quotes.filter;

import static org.argus.quotes.QuoteFixtures.cue;
import static org.argus.quotes.QuoteFixtures.marked;
import static org.argus.quotes.QuoteFixtures.passage;
import static org.argus.quotes.QuoteFixtures.quotation;
import static org.argus.quotes.QuoteFixtures.sentence;
import static org.argus.quotes.QuoteFixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.quotes.draft.Reported;
import org.argus.quotes.draft.Titles;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;

/** The filters, each alone on hand-checked parses (fixtures cues.conllu, quotations.conllu) and drafts set up here. */
class FilterUnitsTest {
    /** A reported statement of the cue {@code cue} in the sentence holding {@code sentence}, found as {@code statement}. */
    private static Reported reported(Passage p, String sentence, String cue, Span statement) {
        Reported r = new Reported(p, sentence(p, sentence), cue(p, sentence, cue));
        r.found(statement);
        return r;
    }

    private static Span from(Passage p, String first, String last) {
        Span a = span(p, first);
        int end = p.text().indexOf(last, a.start()) + last.length();
        return new Span(a.start(), end);
    }

    @Test
    void aCueWithNoSpeakerReportsNothing() {
        assertEquals("quote.filter.no-speaker", NoSpeaker.ID);
        Passage p = passage("cues");
        Sentence s = sentence(p, "The envoy said that");
        CueAt said = cue(p, "The envoy said that", "said");
        Reported none = new Reported(p, s, new CueAt(s, said.first(), said.last(), CueAt.Kind.VERB, -1, -1, List.of()));
        assertTrue(new NoSpeaker().apply(none));
        assertFalse(none.open());
        assertFalse(new NoSpeaker().apply(new Reported(p, s, said)), "the envoy speaks");
    }

    @Test
    void aClauseThatIsOneQuotationIsLeftToTheQuotation() {
        assertEquals("quote.filter.quoted-clause", QuotedClause.ID);
        Passage p = passage("cues");
        Marked m = marked(p, "We will not sign");
        Reported clause = reported(p, "sign this treaty", "said", m.whole());
        assertTrue(new QuotedClause().apply(clause));
        assertFalse(clause.open());
        Reported mixed = reported(p, "sell the coast", "told", from(p, "she will protect", "coast.\""));
        assertFalse(new QuotedClause().apply(mixed), "most of it is outside the marks");
    }

    @Test
    void aClauseOpeningWithAWholeQuotedSentenceIsLeftToTheQuotation() {
        assertEquals("quote.filter.opens-with-quotation", OpensWithQuotation.ID);
        Passage p = passage("cues");
        Reported r = reported(p, "sign this treaty", "said", from(p, "\"We will not sign", "said Okafor"));
        assertTrue(new OpensWithQuotation().apply(r));
        Reported partial = reported(p, "very little", "said", from(p, "The talks achieved", "mediator"));
        assertFalse(new OpensWithQuotation().apply(partial), "it opens with words of its own");
    }

    @Test
    void aClauseCuttingAQuotationOutsideItsSentenceIsDropped() {
        assertEquals("quote.filter.crosses-sentence", CrossesSentence.ID);
        Passage p = passage("quotations");
        // a clause of "... Amara Okafor said." reaching into the quotation of the next sentence
        Reported r = reported(p, "Amara Okafor said", "said", from(p, "Amara", "We have"));
        assertTrue(new CrossesSentence().apply(r));
        Reported inside = reported(p, "Amara Okafor said", "said", span(p, "Amara Okafor"));
        assertFalse(new CrossesSentence().apply(inside), "no quotation is cut");
    }

    @Test
    void aQuotationInsideADirectQuoteMakesNoQuoteOfItsOwn() {
        assertEquals("quote.filter.inside-quote", InsideQuote.ID);
        Passage p = passage("cues");
        Quotation q = quotation(p, "dangerous gamble");
        assertFalse(new InsideQuote().apply(q));
        p.quotes().add(new QuoteDraft("the plan a \"dangerous gamble\"", from(p, "the plan a", "gamble\""), Quote.Kind.DIRECT, null, null));
        assertTrue(new InsideQuote().apply(q));
        assertFalse(q.open());
    }

    @Test
    void aQuotedWordBetweenAFirstNameAndASurnameIsANickname() {
        assertEquals("quote.filter.nickname", Nickname.ID);
        Passage p = passage("quotations");
        assertTrue(new Nickname().apply(quotation(p, "Lena")));
        assertFalse(new Nickname().apply(quotation(p, "reforms")), "no name on either side");
    }

    @Test
    void aQuotationAReportedStatementTookInMakesNoQuoteOfItsOwn() {
        assertEquals("quote.filter.in-reported-clause", InReportedClause.ID);
        Passage p = passage("cues");
        Quotation q = quotation(p, "sell the coast");
        assertFalse(new InReportedClause().apply(q));
        p.consumed().add(q.marked().content());
        assertTrue(new InReportedClause().apply(q));
    }

    @Test
    void aFewQuotedWordsNoCueAttributesAreNoQuote() {
        assertEquals("quote.filter.uncued-partial", UncuedPartial.ID);
        Passage p = passage("quotations");
        Quotation scare = quotation(p, "reforms");
        assertTrue(new UncuedPartial().apply(scare));
        Quotation cued = quotation(passage("cues"), "very little");
        cued.cue(cue(cued.passage(), "very little", "said"));
        assertFalse(new UncuedPartial().apply(cued));
        assertFalse(new UncuedPartial().apply(quotation(p, "Nobody came to help us")), "not a few words");
    }

    @Test
    void aQuoteHoldingItsOwnCueGivesWayToAQuoteItOverlaps() {
        assertEquals("quote.filter.holds-own-cue", HoldsOwnCue.ID);
        Passage p = passage("cues");
        Span said = span(p, "the envoy said");
        QuoteDraft misread = new QuoteDraft("", from(p, "The talks have failed", "said"), Quote.Kind.INDIRECT, null,
                new Quote.Cue("said", new Span(said.end() - 4, said.end())));
        QuoteDraft other = new QuoteDraft("", span(p, "The talks have failed"), Quote.Kind.INDIRECT, null, null);
        p.quotes().add(misread);
        assertFalse(new HoldsOwnCue().apply(p), "alone, it stays");
        p.quotes().add(other);
        assertTrue(new HoldsOwnCue().apply(p));
        assertEquals(List.of(other), p.quotes());
    }

    @Test
    void aStatementInsideAnotherQuoteWithItsCueIsPartOfIt() {
        assertEquals("quote.filter.inside-statement", InsideStatement.ID);
        Passage p = passage("cues");
        Span told = span(p, "told");
        QuoteDraft whole = new QuoteDraft("", from(p, "The minister told", "coast.\""), Quote.Kind.DIRECT, null, null);
        QuoteDraft inner = new QuoteDraft("", from(p, "she will protect", "fisheries"), Quote.Kind.INDIRECT, null,
                new Quote.Cue("told", told));
        QuoteDraft elsewhere = new QuoteDraft("", span(p, "The talks have failed"), Quote.Kind.INDIRECT, null, new Quote.Cue("said", told));
        p.quotes().addAll(List.of(whole, inner, elsewhere));
        assertTrue(new InsideStatement().apply(p));
        assertEquals(List.of(whole, elsewhere), p.quotes());
    }

    @Test
    void aDirectQuoteThatIsATitleIsDropped() {
        assertEquals("quote.filter.title", Title.ID);
        Passage p = passage("cues");
        Titles titles = new Titles(Words.shipped().set("quotes/title-small-words"));
        QuoteDraft show = new QuoteDraft("Face the Nation", new Span(0, 1), Quote.Kind.DIRECT, null, null);
        QuoteDraft said = new QuoteDraft("We will not sign this treaty,", new Span(2, 3), Quote.Kind.DIRECT, null, null);
        QuoteDraft labelled = new QuoteDraft("Face the Nation", new Span(4, 5), Quote.Kind.LABELLED, null, null);
        p.quotes().addAll(List.of(show, said, labelled));
        assertTrue(new Title(titles).apply(p));
        assertEquals(List.of(said, labelled), p.quotes(), "only a direct quote can be a title");
        assertFalse(new Title(titles).apply(p));
    }
}
