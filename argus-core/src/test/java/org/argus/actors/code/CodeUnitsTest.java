package org.argus.actors.code;

import static org.argus.actors.Parses.KNOWLEDGE;
import static org.argus.actors.Parses.ROLES;
import static org.argus.actors.Parses.TITLES;
import static org.argus.actors.Parses.apply;
import static org.argus.actors.Parses.entity;
import static org.argus.actors.Parses.known;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.argus.actors.Parses;
import org.argus.actors.cast.Cast;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.junit.jupiter.api.Test;

/** Each coding unit alone on the hand-checked parses of codes.conllu. */
class CodeUnitsTest {
    private final Document doc = Parses.parse("codes.conllu");
    private final Cast cast = Parses.cast(doc);

    private Reading person(String start, String words) {
        Reading r = entity(cast, doc, start, words);
        r.as(Reading.Origin.PERSON, ActorType.PERSON, r.words, null, null);
        return r;
    }

    private Reading organisation(String start, String words) {
        Reading r = entity(cast, doc, start, words);
        r.as(Reading.Origin.ORGANISATION, ActorType.ORGANIZATION, r.words, null, null);
        return r;
    }

    @Test
    void titleGivesAPersonCountrySectorAndRole() {
        Reading r = person("Zambian Defence", "Ana Mwale");
        assertEquals(List.of("actor.code.title"), apply(r, new TitleCode(TITLES)));
        assertEquals("ZMB", r.country);
        assertEquals("GOV", r.sector);
        assertEquals("Defence Minister", r.role);
        Reading untitled = person("Ana Mwale, the army", "Ana Mwale");
        assertEquals(List.of(), apply(untitled, new TitleCode(TITLES)), "no words before the name");
        assertNull(untitled.role);
    }

    @Test
    void nameCountryIsTheCountryAWordOfTheNameNames() {
        Reading r = organisation("The Malawi Defence", "Malawi Defence Force");
        assertEquals(List.of("actor.code.name-country"), apply(r, new NameCountry(KNOWLEDGE)));
        assertEquals("MWI", r.country);
    }

    @Test
    void nameSectorIsTheSectorAWordOfTheNameTells() {
        Reading r = organisation("The Malawi Defence", "Malawi Defence Force");
        assertEquals(List.of("actor.code.name-sector"), apply(r, new NameSector(ROLES)));
        assertEquals("MIL", r.sector);
        Reading gov = organisation("The Malawi Defence", "Malawi Defence Force");
        gov.sector = "IGO";
        apply(gov, new NameSector(ROLES));
        assertEquals("MIL", gov.sector, "a sector word of the name overrides the title's");
    }

    @Test
    void demonymHeadIsTheSectorOfTheNounANationalityModifies() {
        Reading r = known(cast, doc, "Malawian troops", "Malawian");
        r.as(Reading.Origin.KNOWN, ActorType.COUNTRY, "Malawi", "MWI", null);
        assertEquals(List.of(), apply(r, new DemonymHead(ROLES)), "only a nationality word");
        r.adjective = true;
        assertEquals(List.of("actor.code.demonym-head"), apply(r, new DemonymHead(ROLES)));
        assertEquals("MIL", r.sector, "'Malawian troops'");
    }
}
