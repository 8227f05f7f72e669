package org.argus.actors.mention;

import static org.argus.actors.Parses.KNOWLEDGE;
import static org.argus.actors.Parses.WORDS;
import static org.argus.actors.Parses.apply;
import static org.argus.actors.Parses.entity;
import static org.argus.actors.Parses.known;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.actors.Parses;
import org.argus.actors.cast.Cast;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.junit.jupiter.api.Test;

/** Each mention unit alone on the hand-checked parses of mentions.conllu. */
class MentionUnitsTest {
    private final Document doc = Parses.parse("mentions.conllu");
    private final Cast cast = Parses.cast(doc);

    @Test
    void personReadsATaggedPersonByItsWords() {
        Reading r = entity(cast, doc, "Tomas Berg said", "Tomas Berg");
        assertEquals(List.of("actor.mention.person"), apply(r, new PersonName()));
        assertEquals(ActorType.PERSON, r.type);
        assertEquals("Tomas Berg", r.name);
        assertEquals(Reading.Origin.PERSON, r.origin);
        assertEquals(List.of(), apply(r, new PersonName()), "a reading already read is left alone");
    }

    @Test
    void organisationReadsATaggedOrganisationByItsWords() {
        Reading r = entity(cast, doc, "The Zambezi Fishers", "Zambezi Fishers Union");
        assertEquals(List.of("actor.mention.organisation"), apply(r, new OrganisationName()));
        assertEquals(ActorType.ORGANIZATION, r.type);
        assertEquals("Zambezi Fishers Union", r.name);
        assertNull(r.sector, "its words are coded by the code units, not here");
    }

    @Test
    void knownOrganisationTakesTheCanonicalNameAndSector() {
        Reading nato = entity(cast, doc, "NATO warned", "NATO");
        assertEquals(List.of("actor.mention.known-organisation"), apply(nato, new KnownOrganisation(KNOWLEDGE)));
        assertEquals("North Atlantic Treaty Organization", nato.name);
        assertEquals("IGO", nato.sector);
        assertEquals("NATO", nato.words, "the mention keeps its own words");
        assertEquals(List.of(), apply(entity(cast, doc, "The Zambezi Fishers", "Zambezi Fishers Union"), new KnownOrganisation(KNOWLEDGE)));
    }

    @Test
    void knownCountryReadsACountrysNameWhateverTheTaggerTookItFor() {
        Reading zambia = entity(cast, doc, "Ethnic Malawians", "Zambia");
        assertEquals(List.of("actor.mention.known-country"), apply(zambia, new KnownCountry(KNOWLEDGE)));
        assertEquals(ActorType.COUNTRY, zambia.type);
        assertEquals("ZMB", zambia.country);
        assertEquals(List.of(), apply(entity(cast, doc, "Lusaka said", "Lusaka"), new KnownCountry(KNOWLEDGE)), "a capital is no country name");
    }

    @Test
    void capitalIsItsGovernmentOnlyAsASubject() {
        Reading acting = entity(cast, doc, "Lusaka said", "Lusaka");
        assertEquals(List.of("actor.mention.capital"), apply(acting, new Capital(KNOWLEDGE)));
        assertEquals("ZMB", acting.country);
        assertEquals("GOV", acting.sector);
        Reading place = entity(cast, doc, "Tomas Berg said", "Lusaka");
        assertEquals(List.of(), apply(place, new Capital(KNOWLEDGE)), "'talks in Lusaka': a place");
        assertFalse(place.read());
    }

    @Test
    void misspeltCountryIsTheOneCountryOneEditAway() {
        Reading r = entity(cast, doc, "Officials in Tanzanya", "Tanzanya");
        assertEquals(List.of("actor.mention.misspelt-country"), apply(r, new MisspeltCountry(KNOWLEDGE)));
        assertEquals("TZA", r.country);
        assertEquals(List.of(), apply(entity(cast, doc, "Ethnic Malawians", "Zambia"), new MisspeltCountry(KNOWLEDGE)),
                "a name known as it is is not misspelt");
    }

    @Test
    void demonymIsItsCountryAndANationalityWord() {
        Reading r = known(cast, doc, "Malawian troops", "Malawian");
        assertEquals(List.of("actor.mention.demonym"), apply(r, new Demonym(KNOWLEDGE)));
        assertEquals("MWI", r.country);
        assertTrue(r.adjective);
    }

    @Test
    void acronymExpansionReadsTheFullNameBackFromItsInitials() {
        Reading r = entity(cast, doc, "The ruling Party", "PUP");
        assertEquals(List.of("actor.mention.acronym-expansion"), apply(r, new AcronymExpansion(WORDS)));
        assertEquals("Party of Unity and Progress", r.name);
        assertEquals("Party of Unity and Progress", r.span.of(doc.text()));
        assertEquals("PUP", r.alias, "the full name defines the acronym");
        assertEquals("PUP", r.acronym.words, "the acronym follows as a mention of its own");
        assertTrue(r.anyCovered(r.first, r.last), "the full name's words are read");
        assertEquals(List.of(), apply(entity(cast, doc, "NATO warned", "NATO"), new AcronymExpansion(WORDS)), "no parentheses");
    }

    @Test
    void surnameSlipReadsAKnownPersonsSurnameAsThePerson() {
        Reading porter = entity(cast, doc, "Police attacked", "Porter");
        assertEquals(List.of(), apply(porter, new SurnameSlip()), "no Porter named yet");
        Reading jane = entity(cast, doc, "Jane Porter said", "Jane Porter");
        apply(jane, new PersonName());
        jane.key = Cast.nameKey(ActorType.PERSON, jane.name);
        cast.add(jane);
        assertEquals(List.of("actor.mention.surname-slip"), apply(porter, new SurnameSlip()));
        assertEquals(ActorType.PERSON, porter.type);
        assertEquals(Reading.Origin.RETYPED, porter.origin);
    }

    @Test
    void demonymPrefixTakesTheNationalityBeforeAnOrganisationsName() {
        Reading r = entity(cast, doc, "The Zambian Teachers", "Teachers Union");
        assertEquals(List.of("actor.mention.organisation", "actor.mention.demonym-prefix"),
                apply(r, new OrganisationName(), new DemonymPrefix(KNOWLEDGE)));
        assertEquals("Zambian Teachers Union", r.name);
        assertEquals("Zambian Teachers Union", r.span.of(doc.text()));
        assertEquals(List.of("actor.mention.organisation"), apply(entity(cast, doc, "The Zambezi Fishers", "Zambezi Fishers Union"),
                new OrganisationName(), new DemonymPrefix(KNOWLEDGE)), "'Zambezi' is no nationality");
    }

    @Test
    void ethnicGroupIsAPeopleNotAState() {
        Reading ethnic = known(cast, doc, "Ethnic Malawians", "Malawians");
        assertEquals(List.of("actor.mention.ethnic-group"), apply(ethnic, new EthnicGroup(KNOWLEDGE, WORDS)));
        assertTrue(ethnic.rejected);
        assertEquals(List.of(), apply(known(cast, doc, "Malawian troops", "Malawian"), new EthnicGroup(KNOWLEDGE, WORDS)));
    }

    @Test
    void livingElsewhereIsAPeopleOfAnotherCountrysPlace() {
        Reading r = known(cast, doc, "The Malawians of northern", "Malawians");
        assertEquals(List.of("actor.mention.living-elsewhere"), apply(r, new LivingElsewhere(KNOWLEDGE)));
        assertTrue(r.rejected);
        assertEquals(List.of(), apply(known(cast, doc, "Malawian troops", "Malawian"), new LivingElsewhere(KNOWLEDGE)),
                "an adjective is no people living somewhere");
    }
}
