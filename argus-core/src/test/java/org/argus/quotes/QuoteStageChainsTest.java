package org.argus.quotes;

import static org.argus.quotes.QuoteFixtures.actor;
import static org.argus.quotes.QuoteFixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Quote;
import org.junit.jupiter.api.Test;

/** The whole quotes stage on hand-checked parses, without CoreNLP: what each quote's trace says made it. */
class QuoteStageChainsTest {
    private static Map<String, Quote> byText(Document d) {
        return QuoteFixtures.STAGE.apply(d).quotes().stream().collect(Collectors.toMap(Quote::text, q -> q));
    }

    @Test
    void eachQuoteNamesTheUnitsThatFoundShapedAndAttributedItInOrder() {
        Map<String, Quote> quotes = byText(document("quotations"));
        assertEquals(List.of("quote.cue.verb", "quote.speaker.cue-subject", "quote.cue.own-sentence", "quote.find.quotation-marks",
                "quote.cue.own-sentence", "quote.content.interrupted"), quotes.get("The border stays shut, until the rains end.").trace());
        assertEquals(List.of("quote.cue.verb", "quote.speaker.cue-subject", "quote.cue.own-sentence", "quote.find.quotation-marks",
                "quote.content.runs-on"), quotes.get("The harvest failed this year, Nobody came to help us.").trace());
        assertEquals(List.of("quote.find.transcript-turn"), quotes.get("We will not accept these terms today").trace());
        assertTrue(quotes.values().stream().noneMatch(q -> q.text().equals("Lena") || q.text().equals("reforms")),
                "a nickname and an uncued scare quote are no quotes");
    }

    @Test
    void reportedStatementsNameTheirCueTheirSpeakerSieveAndTheirFinder() {
        Map<String, Quote> quotes = byText(document("cues"));
        Quote envoy = quotes.get("that the talks had failed");
        assertEquals(Quote.Kind.INDIRECT, envoy.kind());
        assertEquals("The envoy", envoy.speaker().name());
        assertEquals(List.of("quote.cue.verb", "quote.speaker.cue-subject", "quote.find.cue-complement"), envoy.trace());
        assertEquals(List.of("quote.cue.according-to", "quote.speaker.according-to-object", "quote.find.according-to"),
                quotes.get("the ferry will sail on Monday").trace());
        assertEquals(List.of("quote.cue.stance-verb", "quote.speaker.cue-subject", "quote.find.stance-object"),
                quotes.get("the shelling of the market").trace());
    }

    @Test
    void aQuoteNoCueAttributesNamesTheSieveThatFoundItsSpeaker() {
        Document d = document("quotations");
        d = d.withActors(List.of(actor(d, "okafor", "Amara Okafor", ActorType.PERSON, null, "Amara Okafor")));
        Quote leave = byText(d).get("We leave tomorrow, whatever the council decides.");
        assertEquals("okafor", leave.speaker().actorId());
        assertEquals(List.of("quote.find.quotation-marks", "quote.speaker.previous-paragraph"), leave.trace());
    }
}
