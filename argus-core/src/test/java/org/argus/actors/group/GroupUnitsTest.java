package org.argus.actors.group;

import static org.argus.actors.Parses.KNOWLEDGE;
import static org.argus.actors.Parses.apply;
import static org.argus.actors.Parses.entity;
import static org.argus.actors.Parses.known;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.actors.Parses;
import org.argus.actors.cast.ActorDraft;
import org.argus.actors.cast.Cast;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.junit.jupiter.api.Test;

/** Each grouping unit alone on the hand-checked parses of groups.conllu. */
class GroupUnitsTest {
    private final Document doc = Parses.parse("groups.conllu");
    private final Cast cast = Parses.cast(doc);

    private Reading read(String start, String words, Reading.Origin origin, ActorType type) {
        Reading r = entity(cast, doc, start, words);
        r.as(origin, type, r.words, null, null);
        return r;
    }

    /** Adds a reading under the key of its name, as the chain's last unit would. */
    private ActorDraft add(Reading r) {
        if (r.key == null && r.joins == null) {
            r.key = Cast.nameKey(r.type, r.name);
        }
        cast.add(r);
        return cast.actors().stream().reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void surnameJoinsTheFullNameItEnds() {
        ActorDraft mwale = add(read("Ana Mwale said the army", "Ana Mwale", Reading.Origin.PERSON, ActorType.PERSON));
        Reading r = read("Mwale said", "Mwale", Reading.Origin.PERSON, ActorType.PERSON);
        assertEquals(List.of("actor.group.surname"), apply(r, new Surname()));
        assertSame(mwale, r.joins);
        assertTrue(!r.renames, "the full name stays the actor's name");
        Reading again = read("Ana Mwale met", "Ana Mwale", Reading.Origin.PERSON, ActorType.PERSON);
        assertEquals(List.of(), apply(again, new Surname()), "the same name is not a surname");
    }

    @Test
    void acronymDefinedAfterANameIsItsAlias() {
        Reading r = read("The Zambezi River Authority (ZRA)", "Zambezi River Authority", Reading.Origin.ORGANISATION,
                ActorType.ORGANIZATION);
        assertEquals(List.of("actor.group.acronym-defined"), apply(r, new AcronymDefined()));
        assertEquals("ZRA", r.alias);
        Reading plain = read("The Zambezi River Authority said the dam was safe, and", "Zambezi River Authority",
                Reading.Origin.ORGANISATION, ActorType.ORGANIZATION);
        assertEquals(List.of(), apply(plain, new AcronymDefined()));
    }

    @Test
    void acronymJoinsTheOrganisationItWasDefinedFor() {
        Reading authority = read("The Zambezi River Authority (ZRA)", "Zambezi River Authority", Reading.Origin.ORGANISATION,
                ActorType.ORGANIZATION);
        apply(authority, new AcronymDefined());
        add(authority);
        Reading zra = read("The ZRA said", "ZRA", Reading.Origin.ORGANISATION, ActorType.ORGANIZATION);
        assertEquals(List.of("actor.group.acronym"), apply(zra, new Acronym()));
        assertEquals(authority.key, zra.key);
    }

    @Test
    void initialsJoinAnUndefinedAcronymToTheNameTheySpell() {
        Reading authority = read("The Zambezi River Authority said the dam was safe, and", "Zambezi River Authority",
                Reading.Origin.ORGANISATION, ActorType.ORGANIZATION);
        add(authority);
        Reading zra = read("The Zambezi River Authority said the dam was safe, and", "ZRA", Reading.Origin.ORGANISATION,
                ActorType.ORGANIZATION);
        assertEquals(List.of(), apply(zra, new Acronym()), "never defined");
        assertEquals(List.of("actor.group.initials"), apply(zra, new Initials()));
        assertEquals(authority.key, zra.key);
    }

    @Test
    void countryJoinsEveryMentionOfACountryByItsCode() {
        Reading name = entity(cast, doc, "Zambia said", "Zambia");
        name.as(Reading.Origin.KNOWN, ActorType.COUNTRY, "Zambia", "ZMB", null);
        Reading demonym = known(cast, doc, "Zambian soldiers", "Zambian");
        demonym.as(Reading.Origin.KNOWN, ActorType.COUNTRY, "Zambia", "ZMB", null);
        Reading capital = entity(cast, doc, "Zambian soldiers", "Lusaka");
        capital.as(Reading.Origin.KNOWN, ActorType.COUNTRY, KNOWLEDGE.lookup("Lusaka").canonical(), "ZMB", "GOV");
        for (Reading r : List.of(name, demonym, capital)) {
            assertEquals(List.of("actor.group.country"), apply(r, new CountryCode()));
            assertEquals("country:ZMB", r.key);
        }
    }

    @Test
    void nameJoinsAMentionToTheActorOfTheSameName() {
        Reading first = read("Ana Mwale met", "Ana Mwale", Reading.Origin.PERSON, ActorType.PERSON);
        Reading second = read("Ana Mwale said the talks", "Ana Mwale", Reading.Origin.PERSON, ActorType.PERSON);
        assertEquals(List.of("actor.group.name"), apply(first, new SameName()));
        apply(second, new SameName());
        assertEquals(first.key, second.key);
        Reading joined = read("Mwale said", "Mwale", Reading.Origin.PERSON, ActorType.PERSON);
        joined.key = "elsewhere";
        assertEquals(List.of(), apply(joined, new SameName()), "a mention another unit joined stays joined");
        assertEquals("elsewhere", joined.key);
    }
}
