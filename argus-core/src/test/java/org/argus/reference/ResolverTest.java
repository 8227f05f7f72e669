package org.argus.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.ActorType;
import org.argus.model.Mention;
import org.junit.jupiter.api.Test;

/** The resolver's whole policy, its chains as shipped, on the hand-checked parses. */
class ResolverTest {
    private static final Resolver RESOLVER = new Resolver(Actors.WORDS, Actors.ROLES, Actors.COUNTRIES);

    private static List<Resolution<Actors.Named>> resolve(Actors actors) {
        List<Resolution<Actors.Named>> out = new ArrayList<>();
        RESOLVER.resolve(actors.doc.text(), actors.doc.annotation().sentences(), actors, out::add);
        return out;
    }

    @Test
    void eachPronounJoinsTheActorItsUnitsFoundAndSaysWhichUnitsThoseWere() {
        Actors actors = new Actors("pronouns.conllu");
        Actors.Named zambia = actors.actor(ActorType.COUNTRY, "Zambia", null, "ZMB", "Zambia");
        Actors.Named mwale = actors.actor(ActorType.PERSON, "Ana Mwale", null, null, "Ana Mwale");
        actors.actor(ActorType.PERSON, "Tomas Berg", null, null, "Tomas Berg");
        actors.actor(ActorType.PERSON, "Rami Saleh", null, null, "Rami Saleh");
        actors.actor(ActorType.ORGANIZATION, "Zambian Army", null, "ZMB", "The army");
        List<String> found = new ArrayList<>();
        for (Resolution<Actors.Named> r : resolve(actors)) {
            found.add(r.text() + "=" + r.actor().name() + " " + r.trace());
            assertEquals(Mention.Kind.PRONOUN, r.kind());
            assertEquals(r.text(), r.span().of(actors.doc.text()));
        }
        assertEquals(List.of(
                "it=Zambia [reference.pronoun.same-sentence]",
                "it=Zambian Army [reference.pronoun.same-sentence]",
                "her=Ana Mwale [reference.pronoun.own-subject, reference.pronoun.previous-sentence]",
                "She=Ana Mwale [reference.pronoun.previous-sentence]"), found,
                "not the quoted 'He', the object 'it', 'his' past the senator, the 'he' of two people, nor the headline's 'He'");
        assertSame(zambia, resolve(actors).get(0).actor());
        assertSame(mwale, resolve(actors).get(3).actor());
    }

    @Test
    void descriptionsAreResolvedBeforePronounsAndTakeTheirWords() {
        Actors actors = new Actors("descriptions.conllu");
        actors.actor(ActorType.PERSON, "Ana Mwale", "Foreign Minister", "ZMB", "Ana Mwale");
        actors.actor(ActorType.ORGANIZATION, "Northern Liberation Army", null, null, "Northern Liberation Army");
        actors.actor(ActorType.COUNTRY, "Malawi", null, "MWI", "Malawi", "Malawian");
        List<String> found = new ArrayList<>();
        for (Resolution<Actors.Named> r : resolve(actors)) {
            found.add(r.text() + "=" + r.actor().name() + " " + r.trace());
        }
        assertEquals(List.of(
                "The minister=Ana Mwale [reference.description.title]",
                "the army=Northern Liberation Army [reference.description.organisation]",
                "Zambia's top diplomat=Ana Mwale [reference.description.title]"), found);
    }
}
