package org.argus.reference;

import static org.argus.reference.Actors.COUNTRIES;
import static org.argus.reference.Actors.ROLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.ActorType;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.junit.jupiter.api.Test;

/** Each description unit of the resolver alone on the hand-checked parses of descriptions.conllu. */
class DescriptionUnitsTest {
    private final Actors actors = new Actors("descriptions.conllu");
    private final Actors.Named mwale = actors.actor(ActorType.PERSON, "Ana Mwale", "Foreign Minister", "ZMB", "Ana Mwale");
    private final Actors.Named army = actors.actor(ActorType.ORGANIZATION, "Northern Liberation Army", null, null,
            "Northern Liberation Army");
    private final Actors.Named malawi = actors.actor(ActorType.COUNTRY, "Malawi", null, "MWI", "Malawi", "Malawian");
    private final DescriptionWords words = new DescriptionWords(COUNTRIES);

    @SafeVarargs
    private static List<String> apply(Reference r, Rule<Reference>... units) {
        List<String> trace = new ArrayList<>();
        Chain.of(units).run(r, trace);
        return trace;
    }

    @Test
    void definiteRulesOutAnIndefiniteDescription() {
        Reference a = actors.description("A minister from Malawi", "minister");
        assertEquals(List.of("reference.description.definite"), apply(a, new Definite(COUNTRIES)));
        assertTrue(a.ruledOut, "'a minister' is someone new");
        assertEquals(List.of(), apply(actors.description("The minister said", "minister"), new Definite(COUNTRIES)));
        assertEquals(List.of(), apply(actors.description("Zambia's top diplomat", "diplomat"), new Definite(COUNTRIES)),
                "a country's is definite");
    }

    @Test
    void qualifiedRulesOutANounAPhraseAfterItQualifies() {
        Reference r = actors.description("The minister of finance", "minister");
        assertEquals(List.of("reference.description.qualified"), apply(r, new Qualified()));
        assertTrue(r.ruledOut);
        assertEquals(List.of(), apply(actors.description("The minister said", "minister"), new Qualified()));
    }

    @Test
    void insideNameRulesOutADescriptionWhoseWordsAreAName() {
        Reference r = actors.description("The Malawian minister", "minister");
        assertEquals(List.of("reference.description.inside-name"), apply(r, new InsideName(words)));
        assertTrue(r.ruledOut, "'Malawian' is a mention of Malawi");
        Reference possessed = actors.description("Zambia's top diplomat", "diplomat");
        assertEquals(List.of(), apply(possessed, new InsideName(words)), "the possessor is a name of its own, left out");
        assertEquals("top diplomat", possessed.span().of(actors.doc.text()).substring("Zambia's ".length()));
    }

    @Test
    void titleJoinsTheOnePersonWithThatTitle() {
        Reference r = actors.description("The minister said", "minister");
        assertEquals(List.of("reference.description.title"), apply(r, new TitleDescription(ROLES, words)));
        assertSame(mwale, r.antecedent);
        assertEquals("The minister", r.span().of(actors.doc.text()));
        Reference diplomat = actors.description("Zambia's top diplomat", "diplomat");
        assertEquals(List.of("reference.description.title"), apply(diplomat, new TitleDescription(ROLES, words)),
                "a country's top diplomat is its foreign minister");
        assertSame(mwale, diplomat.antecedent);
        assertEquals(List.of(), apply(actors.description("The minister said", "army"), new TitleDescription(ROLES, words)),
                "'army' is no title");
    }

    @Test
    void titleDoesNotGuessBetweenTwoNorAcrossCountries() {
        actors.actor(ActorType.PERSON, "Tomas Berg", "Finance Minister", "MWI", "leaders");
        Reference r = actors.description("The minister said", "minister");
        assertEquals(List.of(), apply(r, new TitleDescription(ROLES, words)), "two ministers named before");
        assertNull(r.antecedent);
        assertFalse(malawi.mentions().isEmpty());
    }

    @Test
    void organisationJoinsTheOneOrganisationWhoseNameHasThatHead() {
        Reference r = actors.description("The minister said", "army");
        assertEquals(List.of("reference.description.organisation"), apply(r, new OrganisationDescription(ROLES, words)));
        assertSame(army, r.antecedent);
        assertEquals("the army", r.span().of(actors.doc.text()));
        assertEquals(List.of(), apply(actors.description("The minister said", "minister"), new OrganisationDescription(ROLES, words)));
    }
}
