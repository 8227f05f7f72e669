package org.argus.quotes.draft;

import static org.argus.quotes.QuoteFixtures.actor;
import static org.argus.quotes.QuoteFixtures.cue;
import static org.argus.quotes.QuoteFixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.quotes.QuoteFixtures;
import org.junit.jupiter.api.Test;

/** Speaker resolution, the one place quotes resolve a reference (fixture cues.conllu, actors written here). */
class SpeakersTest {
    @Test
    void aRelativePronounSpeakerIsItsAntecedentsActorAndKeepsItsWords() {
        Document d = document("cues");
        Passage p = QuoteFixtures.STAGE.passage(d.withActors(List.of(actor(d, "mayor", "Ruth Adeyemi", ActorType.PERSON, "mayor", "The mayor"))));
        CueAt said = cue(p, "The mayor, who said", "said");
        ActorRef who = p.speakers().of(said, said.span().end());
        assertEquals("mayor", who.actorId());
        assertEquals("who", who.span().of(p.text()));
    }

    @Test
    void aPersonalPronounIsTheLatestPersonNamedBeforeTheQuote() {
        Document d = document("cues");
        Passage p = QuoteFixtures.STAGE.passage(d.withActors(List.of(
                actor(d, "okafor", "Amara Okafor", ActorType.PERSON, null, "Okafor"),
                actor(d, "council", "the council", ActorType.ORGANIZATION, null, "The council"))));
        CueAt he = cue(p, "My only hope", "said");
        assertEquals("okafor", p.speakers().of(he, he.span().start()).actorId(), "the last person before 'he'; the council is no person");
    }

    @Test
    void aCommonNounIsTheLatestActorWhoseNameOrRoleHoldsIt() {
        Document d = document("cues");
        Passage p = QuoteFixtures.STAGE.passage(d.withActors(List.of(
                actor(d, "moyo", "Tendai Moyo", ActorType.PERSON, "envoy", "The envoy said that"))));
        CueAt said = cue(p, "The talks have failed, the envoy said", "said");
        ActorRef envoy = p.speakers().of(said, said.span().start());
        assertEquals("moyo", envoy.actorId());
        assertEquals("the envoy", envoy.span().of(p.text()));
        CueAt mediator = cue(p, "the mediator said", "said");
        ActorRef unknown = p.speakers().of(mediator, mediator.span().start());
        assertNull(unknown.actorId(), "no actor is a mediator: the phrase stays");
        assertEquals("the mediator", unknown.name());
    }
}
