package org.argus.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.model.Document;
import org.argus.model.Quote;
import org.junit.jupiter.api.Test;

class QuoteStageTest {
    private static List<Quote> direct(Document d) {
        return d.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    @Test
    void curlyAndStraightQuotesGetTheirSpeakerAndCue() {
        Document d = Analysed.text("“We will not accept any foreign bases on our soil,” said Prime Minister Ana Brnabic.\n\n"
                + "\"The talks are over for now,\" Brnabic told reporters in Belgrade.");
        List<Quote> quotes = direct(d);
        assertEquals(2, quotes.size());
        assertEquals("We will not accept any foreign bases on our soil,", quotes.get(0).text());
        assertEquals("Ana Brnabic", quotes.get(0).speaker().name());
        assertEquals("said", quotes.get(0).cue().text());
        assertEquals(quotes.get(0).text(), quotes.get(0).span().of(d.text()));
        assertEquals("Ana Brnabic", quotes.get(1).speaker().name(), "the surname resolves to the same actor");
        assertEquals(quotes.get(0).speaker().actorId(), quotes.get(1).speaker().actorId());
        assertEquals("told", quotes.get(1).cue().text());
    }

    @Test
    void aPronounSpeakerIsTheLastPersonNamedBefore() {
        Document d = Analysed.text("Kenyan President Uhuru Kenyatta met opposition leaders on Monday.\n\n"
                + "“This country belongs to all of us,” he said after the meeting.");
        Quote q = direct(d).get(0);
        assertEquals("Uhuru Kenyatta", q.speaker().name());
        assertNotNull(q.speaker().actorId());
    }

    @Test
    void reportedSpeechAndAccordingToAreIndirectQuotes() {
        Document d = Analysed.text("The foreign ministry said that the ambassador had been recalled for consultations. "
                + "According to the ministry, the decision was taken after the vote.");
        List<Quote> indirect = d.quotes().stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
        assertEquals(2, indirect.size(), indirect.toString());
        assertEquals("the ambassador had been recalled for consultations", indirect.get(0).text());
        assertEquals("said", indirect.get(0).cue().text());
        assertTrue(indirect.get(0).speaker().name().contains("ministry"));
        assertEquals("According to", indirect.get(1).cue().text());
        assertTrue(indirect.get(1).text().startsWith("the decision was taken"));
    }

    @Test
    void scareQuotesAreNotQuotesAndAnOpenMarkEndsWithItsParagraph() {
        Document d = Analysed.text("The so-called \"peace plan\" was printed on Monday in two newspapers.\n\n"
                + "“This paragraph opens a quote and never closes it, which scrapers often do.\n\n"
                + "The next paragraph is ordinary reporting about the budget and the harvest.");
        List<Quote> quotes = direct(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertTrue(quotes.get(0).text().startsWith("This paragraph opens"));
        assertTrue(!quotes.get(0).text().contains("ordinary reporting"));
        assertNull(quotes.get(0).speaker());
    }
}
