package org.argus.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.junit.jupiter.api.Test;

class ActorStageTest {
    private static Actor named(Document d, String name) {
        return d.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + d.actors().stream().map(Actor::name).toList()));
    }

    @Test
    void titleAndNationalityGiveCountrySectorAndRoleAndTheSurnameJoinsTheFullName() {
        Document d = Analysed.text("Norwegian Foreign Minister Ine Eriksen Soreide arrived in Oslo on Monday for talks with her "
                + "counterparts from the region. Soreide said the meeting would focus on fisheries.");
        Actor minister = named(d, "Ine Eriksen Soreide");
        assertEquals(ActorType.PERSON, minister.type());
        assertEquals("NOR", minister.country());
        assertEquals("GOV", minister.sector());
        assertEquals("Foreign Minister", minister.role());
        assertEquals(List.of("Ine Eriksen Soreide", "Soreide"), minister.mentions().stream().map(Mention::text).toList());
        for (Mention m : minister.mentions()) {
            assertEquals(m.text(), m.span().of(d.text()), "mentions carry offsets into the analysed text");
        }
    }

    @Test
    void aPeopleNamedByItsPluralDemonymIsItsCountry() {
        Document d = Analysed.text("Ethnic Armenians protested outside the parliament. The Georgians said the talks would resume.");
        assertEquals("ARM", named(d, "Armenia").country());
        assertEquals("GEO", named(d, "Georgia").country());
        Document plain = Analysed.text("Several analysts said the talks would resume.");
        assertTrue(plain.actors().isEmpty(), "a plural common noun is no people: " + plain.actors());
    }

    @Test
    void countriesGroupByCodeWhetherNamedOrUsedAsAdjective() {
        Document d = Analysed.text("Turkish drones struck a convoy near the border on Sunday. Turkey later said the convoy "
                + "carried weapons for the rebels.");
        Actor turkey = named(d, "Turkey");
        assertEquals(ActorType.COUNTRY, turkey.type());
        assertEquals("TUR", turkey.country());
        assertEquals(List.of("Turkish", "Turkey"), turkey.mentions().stream().map(Mention::text).toList());
        assertEquals(1, d.actors().stream().filter(a -> "TUR".equals(a.country())).count());
    }

    @Test
    void anAcronymDefinedInParenthesesJoinsItsOrganisation() {
        Document d = Analysed.text("The Sudanese Professionals Association (SPA) called for new protests on Thursday. "
                + "The SPA said the military council had broken its promises.");
        Actor spa = named(d, "Sudanese Professionals Association");
        assertTrue(spa.mentions().stream().anyMatch(m -> m.text().equals("SPA")), spa.mentions().toString());
        assertEquals("SDN", spa.country());
    }

    @Test
    void aCapitalIsAnActorOnlyWhenItActs() {
        Document acting = Analysed.text("Moscow said on Friday that the sanctions would not change its policy.");
        Actor russia = named(acting, "Russia");
        assertEquals("RUS", russia.country());
        assertEquals("GOV", russia.sector());
        Document place = Analysed.text("The delegations met in Moscow on Friday to discuss the grain deal.");
        assertNull(place.actors().stream().filter(a -> "RUS".equals(a.country())).findFirst().orElse(null));
    }

    @Test
    void internationalOrganisationsComeFromTheKnowledgeBase() {
        Document d = Analysed.text("NATO warned on Tuesday that the exercises raised tensions along the eastern flank.");
        Actor nato = named(d, "North Atlantic Treaty Organization");
        assertEquals("IGO", nato.sector());
        assertNotNull(nato.mentions().get(0));
    }

    @Test
    void aTitleAfterAnOrganisationMakesThePersonItsOfficial() {
        Document d = Analysed.text("UN Secretary-General Antonio Guterres called for calm on Saturday. The African Union envoy "
                + "Moussa Faki Mahamat met the two delegations.");
        Actor guterres = named(d, "Antonio Guterres");
        assertEquals("Secretary-General", guterres.role());
        assertEquals("IGO", guterres.sector(), "a hyphenated title keeps its whole meaning, not the MIL of 'General'");
        assertNull(guterres.country());
        Actor faki = named(d, "Moussa Faki Mahamat");
        assertEquals("envoy", faki.role());
        assertEquals("IGO", faki.sector());
    }

    @Test
    void aCounterpartTakesTheNationalityBeforeIt() {
        Document d = Analysed.text("The Greek minister met his Cypriot counterpart Nikos Christodoulides in Athens on Monday.");
        Actor c = named(d, "Nikos Christodoulides");
        assertEquals("CYP", c.country());
        assertEquals("GOV", c.sector());
        assertEquals("counterpart", c.role());
    }

    @Test
    void anAcronymInParenthesesRecoversTheFullNameTheTaggerMissed() {
        Document d = Analysed.text("Fighters loyal to the Government of National Accord (GNA) pushed south on Tuesday. "
                + "The GNA said it had retaken the airport.");
        Actor gna = named(d, "Government of National Accord");
        assertEquals(ActorType.ORGANIZATION, gna.type());
        assertEquals("GOV", gna.sector());
        assertTrue(gna.mentions().stream().filter(m -> m.text().equals("GNA")).count() >= 1, gna.mentions().toString());
        assertEquals(1, d.actors().stream().filter(a -> a.name().contains("GNA") || a.name().contains("National Accord")).count());
    }

    @Test
    void aModifierAloneIsNoRoleAndATaggerTypeSlipOnASurnameJoinsThePerson() {
        Document d = Analysed.text("Jane Porter met reporters on Monday. Former Porter aide Tom Reed said the Porter campaign "
                + "would go on.");
        Actor porter = named(d, "Jane Porter");
        assertNull(porter.role(), "'Former' alone is not a title");
        assertEquals(1, d.actors().stream().filter(a -> a.name().contains("Porter")).count(), d.actors().toString());
    }

    @Test
    void aDescriptionInAppositionJoinsTheNamedPersonAndGivesTheRole() {
        Document d = Analysed.text("Omar Bashir, the veteran army commander, rejected the plan on Sunday. "
                + "The chief of the rival council, Ahmed Idris, accepted it. Maria Lopez, the UN envoy, welcomed the vote.");
        Actor bashir = named(d, "Omar Bashir");
        assertTrue(bashir.mentions().stream().anyMatch(m -> m.text().equals("the veteran army commander")), bashir.mentions().toString());
        assertEquals("MIL", bashir.sector());
        Actor idris = named(d, "Ahmed Idris");
        assertTrue(idris.mentions().stream().anyMatch(m -> m.text().startsWith("The chief of the rival council")),
                idris.mentions().toString());
        Actor lopez = named(d, "Maria Lopez");
        assertEquals("envoy", lopez.role());
        assertEquals("IGO", lopez.sector());
        int un = d.text().indexOf("UN envoy");
        assertEquals("United Nations", d.actorAt(new org.argus.model.Span(un, un + 2)).name(),
                "the organisation's own mention wins over the description that contains it");
        for (Mention m : lopez.mentions()) {
            assertEquals(m.text(), m.span().of(d.text()));
        }
    }

    @Test
    void anAcronymUsedAfterTheFullNameJoinsItWithoutParentheses() {
        Document d = Analysed.text("The Sudan Liberation Movement attacked an army base near the border on Monday. "
                + "A spokesman for the SLM said the fighters had withdrawn.");
        Actor slm = named(d, "Sudan Liberation Movement");
        assertTrue(slm.mentions().stream().anyMatch(m -> m.text().equals("SLM")), d.actors().toString());
    }

    @Test
    void anOrganisationInAppositionIsNotADescriptionOfThePerson() {
        Document d = Analysed.text("Talks with Prime Minister Ali Hamdan, head of the new government, ended on Friday. "
                + "Rami Saleh, the government, said nothing.");
        Actor saleh = named(d, "Rami Saleh");
        assertEquals(1, saleh.mentions().size(), saleh.mentions().toString());
        assertNull(saleh.role());
    }
}
