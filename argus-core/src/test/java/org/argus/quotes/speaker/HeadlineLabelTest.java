package org.argus.quotes.speaker;

import static org.argus.quotes.QuoteFixtures.actor;
import static org.argus.quotes.QuoteFixtures.document;
import static org.argus.quotes.QuoteFixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Quote;
import org.argus.quotes.QuoteFixtures;
import org.argus.quotes.draft.LabelLine;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.QuoteDraft;
import org.junit.jupiter.api.Test;

/** {@code quote.speaker.headline-label} alone on a label line (fixture labels.conllu). */
class HeadlineLabelTest {
    @Test
    void aQuoteWithoutASpeakerInsideALabelledLineIsTheLabels() {
        assertEquals("quote.speaker.headline-label", HeadlineLabel.ID);
        Document d = document("labels");
        Passage p = QuoteFixtures.STAGE.passage(d.withActors(List.of(actor(d, "varga", "Elena Varga", ActorType.PERSON, null, "Varga"))));
        QuoteDraft unattributed = new QuoteDraft("The ceasefire will not hold", span(p, "The ceasefire will not hold"),
                Quote.Kind.INDIRECT, null, null);
        ActorRef other = new ActorRef("the envoy", null, null, null, span(p, "the envoy"));
        QuoteDraft attributed = new QuoteDraft("would not survive", span(p, "would not survive"), Quote.Kind.INDIRECT, other, null);
        p.quotes().addAll(List.of(unattributed, attributed));
        List<LabelLine> lines = LabelLine.of(p);
        assertEquals(1, lines.size(), "one line opens with a label naming an actor");
        LabelLine line = lines.get(0);
        assertEquals("The ceasefire will not hold past the weekend", line.content().of(p.text()), "without the full stop");
        assertTrue(new HeadlineLabel().apply(line));
        assertEquals("varga", unattributed.speaker().actorId());
        assertEquals(":", unattributed.cue().text());
        assertEquals(other, attributed.speaker(), "a quote outside the line keeps its speaker");
        line.finish(List.of(HeadlineLabel.ID));
        assertEquals(List.of(HeadlineLabel.ID), unattributed.trace());
    }

    @Test
    void aLabelNamingNoActorIsNoLabel() {
        Passage p = QuoteFixtures.STAGE.passage(document("labels"));
        assertTrue(LabelLine.of(p).isEmpty());
    }

    @Test
    void aQuoteThatHasASpeakerKeepsIt() {
        Document d = document("labels");
        Passage p = QuoteFixtures.STAGE.passage(d.withActors(List.of(actor(d, "varga", "Elena Varga", ActorType.PERSON, null, "Varga"))));
        ActorRef envoy = new ActorRef("the envoy", null, null, null, null);
        QuoteDraft q = new QuoteDraft("will not hold", span(p, "will not hold"), Quote.Kind.INDIRECT, envoy, null);
        p.quotes().add(q);
        assertFalse(new HeadlineLabel().apply(LabelLine.of(p).get(0)));
        assertEquals(envoy, q.speaker());
        assertNull(q.cue());
    }
}
