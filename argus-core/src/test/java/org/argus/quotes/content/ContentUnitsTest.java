package org.argus.quotes.content;

import static org.argus.quotes.QuoteFixtures.cue;
import static org.argus.quotes.QuoteFixtures.passage;
import static org.argus.quotes.QuoteFixtures.quotation;
import static org.argus.quotes.QuoteFixtures.sentence;
import static org.argus.quotes.QuoteFixtures.span;
import static org.argus.quotes.QuoteFixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.model.Quote;
import org.argus.model.Span;
import org.argus.quotes.cue.CueUnits;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.quotes.draft.Reported;
import org.argus.quotes.draft.Titles;
import org.argus.quotes.find.FindUnits;
import org.argus.rules.Rule;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;

/** The content units, each alone on hand-checked parses (fixtures quotations.conllu, cues.conllu). */
class ContentUnitsTest {
    private static final Words WORDS = Words.shipped();
    private static final List<Rule<Quotation>> CONTENT = ContentUnits.onQuotations(WORDS, new Titles(WORDS.set("quotes/title-small-words")));

    private static <C> Rule<C> unit(List<Rule<C>> units, String id) {
        return units.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The quotation starting with {@code words}, with the cue of its own sentence if it has one. */
    private static Quotation cued(Passage p, String words) {
        Quotation q = quotation(p, words);
        unit(CueUnits.onQuotations(), "quote.cue.own-sentence").apply(q);
        return q;
    }

    /** Makes a quote of the quotation starting with {@code words}, as quote.find.quotation-marks does. */
    private static QuoteDraft made(Passage p, String words) {
        Quotation q = cued(p, words);
        unit(FindUnits.onQuotations(WORDS), "quote.find.quotation-marks").apply(q);
        return p.previous();
    }

    @Test
    void aQuotationTheCueInterruptsGoesOnWithTheQuoteBeforeIt() {
        assertEquals("quote.content.interrupted", Interrupted.ID);
        Passage p = passage("quotations");
        QuoteDraft first = made(p, "The border stays shut");
        Quotation rest = cued(p, "until the rains end");
        assertTrue(unit(CONTENT, Interrupted.ID).apply(rest));
        assertEquals("The border stays shut, until the rains end.", first.text());
        assertEquals(Quote.Kind.DIRECT, first.kind());
        assertEquals(List.of(first), p.quotes(), "one quote over both");
        assertFalse(unit(CONTENT, Interrupted.ID).apply(cued(passage("quotations"), "until the rains end")), "no quote before it");
    }

    @Test
    void anUncuedQuotationInTheParagraphOfAnAttributedOneGoesOnWithIt() {
        assertEquals("quote.content.same-paragraph", SameParagraph.ID);
        Passage p = passage("quotations");
        QuoteDraft first = made(p, "We will stay");
        Quotation next = cued(p, "We have nowhere");
        assertTrue(unit(CONTENT, SameParagraph.ID).apply(next));
        assertEquals("We will stay, We have nowhere else to go.", first.text());
        assertSame(first, p.previous());
        Passage q = passage("quotations");
        made(q, "We will stay");
        assertFalse(unit(CONTENT, SameParagraph.ID).apply(cued(q, "The harvest failed")), "it has a cue of its own");
    }

    @Test
    void aParagraphThatIsOnlyAQuotationRunsOnFromTheAttributedQuoteEndingTheParagraphBefore() {
        assertEquals("quote.content.runs-on", RunsOn.ID);
        Passage p = passage("quotations");
        QuoteDraft harvest = made(p, "The harvest failed");
        Quotation next = cued(p, "Nobody came");
        assertFalse(unit(CONTENT, SameParagraph.ID).apply(next), "another paragraph");
        assertTrue(unit(CONTENT, RunsOn.ID).apply(next));
        assertEquals("The harvest failed this year, Nobody came to help us.", harvest.text());
        Passage q = passage("quotations");
        made(q, "We will stay");
        assertFalse(unit(CONTENT, RunsOn.ID).apply(cued(q, "Nobody came")), "other quotations stand between them");
    }

    @Test
    void anUncuedQuotationGoesOnWithTheReportedStatementHoldingTheQuotationBeforeIt() {
        assertEquals("quote.content.continues-statement", ContinuesStatement.ID);
        Passage p = passage("cues");
        Span statement = new Span(span(p, "The summit achieved").start(), span(p, "too little,\"").end());
        QuoteDraft summit = new QuoteDraft(statement.of(p.text()), statement, Quote.Kind.DIRECT, null,
                cue(p, "The summit achieved", "said").asCue(p.text()));
        p.reported().add(summit);
        Quotation next = cued(p, "We must meet again");
        assertTrue(unit(CONTENT, ContinuesStatement.ID).apply(next));
        assertEquals("The summit achieved \"too little,\" We must meet again before winter.", summit.text());
        assertFalse(unit(CONTENT, ContinuesStatement.ID).apply(cued(passage("cues"), "We must meet again")), "no statement before it");
    }

    @Test
    void aPartialQuotationInsideWhatItsCueReportsMakesTheWholeStatementTheQuote() {
        assertEquals("quote.content.whole-statement", WholeStatement.ID);
        Passage p = passage("cues");
        QuoteDraft clause = new QuoteDraft("she will protect the fisheries", span(p, "she will protect the fisheries"), Quote.Kind.INDIRECT,
                null, cue(p, "The minister told", "told").asCue(p.text()));
        p.reported().add(clause);
        Quotation q = cued(p, "sell the coast");
        assertTrue(unit(CONTENT, WholeStatement.ID).apply(q));
        QuoteDraft made = p.quotes().get(0);
        assertEquals("she will protect the fisheries while her rival wants to \"sell the coast.\"", made.text(),
                "from after the person told to the end of the quotation");
        assertEquals("The minister", made.speaker().name());
        assertTrue(p.reported().isEmpty(), "the cue's own reported clause gives way");
    }

    @Test
    void aPartialQuotationItsCueAndSpeakerFollowReportsWhatComesBeforeIt() {
        Passage p = passage("cues");
        Quotation q = cued(p, "very little");
        assertTrue(unit(CONTENT, WholeStatement.ID).apply(q));
        assertEquals("The talks achieved \"very little,\"", p.quotes().get(0).text());
        assertEquals("the mediator", p.quotes().get(0).speaker().name());
        assertFalse(unit(CONTENT, WholeStatement.ID).apply(cued(passage("cues"), "We will not sign")), "not a partial quotation");
    }

    @Test
    void aReportedClauseCuttingAQuotationIsWidenedOverItThenToItsClosingMark() {
        assertEquals("quote.content.widen-over-quotation", WidenOverQuotation.ID);
        assertEquals("quote.content.closing-mark", ClosingMark.ID);
        Passage p = passage("cues");
        Reported r = new Reported(p, sentence(p, "sell the coast"), cue(p, "sell the coast", "told"));
        r.found(new Span(span(p, "she will protect").start(), span(p, "sell the").end()));
        assertTrue(new WidenOverQuotation().apply(r));
        assertEquals("she will protect the fisheries while her rival wants to \"sell the coast.", words(p, r.span()));
        assertTrue(new ClosingMark().apply(r));
        assertEquals("she will protect the fisheries while her rival wants to \"sell the coast.\"", words(p, r.span()));
        assertFalse(new WidenOverQuotation().apply(r));
        assertFalse(new ClosingMark().apply(r), "nothing more to take in");
    }
}
