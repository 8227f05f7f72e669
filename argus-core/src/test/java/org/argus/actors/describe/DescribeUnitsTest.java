package org.argus.actors.describe;

import static org.argus.actors.Parses.KNOWLEDGE;
import static org.argus.actors.Parses.ROLES;
import static org.argus.actors.Parses.TITLES;
import static org.argus.actors.Parses.apply;
import static org.argus.actors.Parses.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argus.actors.Parses;
import org.argus.actors.cast.Cast;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.junit.jupiter.api.Test;

/** The apposition unit alone on the hand-checked parses of codes.conllu. */
class DescribeUnitsTest {
    private final Document doc = Parses.parse("codes.conllu");
    private final Cast cast = Parses.cast(doc);

    @Test
    void appositionTiesADescriptionToTheNamedPersonWithItsTitle() {
        Reading r = entity(cast, doc, "Ana Mwale, the army", "Ana Mwale");
        r.as(Reading.Origin.PERSON, ActorType.PERSON, r.words, null, null);
        assertEquals(List.of("actor.describe.apposition"), apply(r, new Apposition(KNOWLEDGE, ROLES, TITLES)));
        assertEquals(1, r.described.size());
        Reading.Described d = r.described.get(0);
        assertEquals("the army commander", d.text());
        assertEquals("the army commander", d.span().of(doc.text()));
        assertEquals("MIL", d.sector());
        assertEquals("army commander", d.role());
        Reading none = entity(cast, doc, "Zambian Defence", "Ana Mwale");
        none.as(Reading.Origin.PERSON, ActorType.PERSON, none.words, null, null);
        assertEquals(List.of(), apply(none, new Apposition(KNOWLEDGE, ROLES, TITLES)), "no apposition");
    }
}
