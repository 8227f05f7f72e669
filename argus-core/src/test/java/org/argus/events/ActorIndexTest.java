package org.argus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Span;
import org.junit.jupiter.api.Test;

/** The actor index answers as {@link Document#actorAt} does, on every span of a text with nested and tied mentions. */
class ActorIndexTest {
    private static Mention at(String text, String words, int from) {
        int i = text.indexOf(words, from);
        return new Mention(words, new Span(i, i + words.length()));
    }

    @Test
    void everySpanGivesTheActorTheDocumentGives() {
        Document base = Parsed.sentence("parties.conllu", "Kenya, along with Uganda, backed the rebels.").doc();
        String text = base.text();
        // nested ("Kenya" in "Kenya, along"), tied (two actors on "Uganda") and long mentions
        Actor kenya = new Actor("kenya", "Kenya", ActorType.COUNTRY, "KEN", null, null, List.of(at(text, "Kenya", 0)));
        Actor coalition = new Actor("coalition", "Coalition", ActorType.GROUP, null, null, null,
                List.of(at(text, "Kenya, along with Uganda", 0), at(text, "the rebels", 0)));
        Actor uganda = new Actor("uganda", "Uganda", ActorType.COUNTRY, "UGA", null, null, List.of(at(text, "Uganda", 0)));
        Actor ugandaToo = new Actor("uganda-2", "Uganda", ActorType.COUNTRY, "UGA", null, null, List.of(at(text, "Uganda", 0)));
        Actor rebels = new Actor("rebels", "rebels", ActorType.GROUP, null, null, null, List.of(at(text, "rebels", 0)));
        Document doc = base.withActors(List.of(kenya, coalition, uganda, ugandaToo, rebels));
        ActorIndex index = new ActorIndex(doc);
        int checked = 0;
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                Span span = new Span(from, to);
                assertEquals(doc.actorAt(span), index.at(span), span.toString());
                checked++;
            }
        }
        assertEquals(uganda, index.at(at(text, "Uganda", 0).span()), "of two actors tied on a mention, the first");
        assertEquals(coalition, index.at(at(text, "the rebels", 0).span()), "the mention overlapping most wins");
        assertEquals(rebels, index.at(at(text, "rebels", 0).span()), "then the shortest");
        assertNull(new ActorIndex(base).at(new Span(0, 5)), "no actors, no actor");
        assertEquals(text.length() + 1, (int) Math.round((Math.sqrt(8.0 * checked + 1) - 1) / 2), "every span was checked");
    }
}
