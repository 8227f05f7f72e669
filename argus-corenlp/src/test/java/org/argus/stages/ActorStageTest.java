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
        assertEquals(List.of("Ine Eriksen Soreide", "her", "Soreide"), minister.mentions().stream().map(Mention::text).toList());
        assertEquals(Mention.Kind.PRONOUN, minister.mentions().get(1).kind());
        assertEquals(List.of("Soreide"), minister.aliases(), "a pronoun is a mention, never an alias");
        for (Mention m : minister.mentions()) {
            assertEquals(m.text(), m.span().of(d.text()), "mentions carry offsets into the analysed text");
        }
    }

    @Test
    void aTitleWhoseOfficeFollowsOfOrForIsOneRole() {
        Document d = Analysed.text("The Federal Minister for Finance Tomasz Wilk froze the accounts. "
                + "The Minister of State for Foreign Affairs Ana Lima flew to the border.");
        Actor interior = named(d, "Tomasz Wilk");
        assertEquals("Federal Minister for Finance", interior.role());
        assertEquals("GOV", interior.sector());
        assertEquals("Minister of State for Foreign Affairs", named(d, "Ana Lima").role());
    }

    @Test
    void aPeopleNamedByItsPluralDemonymIsItsCountry() {
        Document d = Analysed.text("Armenians protested outside the parliament. The Georgians said the talks would resume.");
        assertEquals("ARM", named(d, "Armenia").country());
        assertEquals("GEO", named(d, "Georgia").country());
        // an ethnic group is not the state of its name: "ethnic Armenians of Karabakh" are not Armenia
        Document ethnic = Analysed.text("Ethnic Armenians protested outside the parliament in Baku.");
        assertTrue(ethnic.actors().stream().noneMatch(a -> "ARM".equals(a.country())), ethnic.actors().toString());
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

    private static List<String> pronouns(Actor a) {
        return a.mentions().stream().filter(m -> m.kind() == Mention.Kind.PRONOUN).map(Mention::text).toList();
    }

    @Test
    void aPronounJoinsTheOnlyActorItCanStandForAndNeverAGuess() {
        Document d = Analysed.text("""
                Kenya said it would send more troops to the border.
                General Amina Okoro arrived in the capital on Monday. She met the defence staff.
                Tomas Berg told Rami Saleh that he would resign. Later he left the building.
                "He is a liar," Okoro said of the envoy.
                """);
        assertEquals(List.of("it"), pronouns(named(d, "Kenya")), "one country before it in the sentence");
        Actor okoro = named(d, "Amina Okoro");
        assertEquals(List.of("She"), pronouns(okoro), "the only person of the sentence before; not the quoted 'He'");
        assertEquals(List.of(), pronouns(named(d, "Tomas Berg")), "two people before 'he': no guess, nor after it");
        assertEquals(List.of(), pronouns(named(d, "Rami Saleh")));
        for (Mention m : okoro.mentions()) {
            assertEquals(m.text(), m.span().of(d.text()));
        }
    }

    private static List<String> descriptions(Actor a) {
        return a.mentions().stream().filter(m -> m.kind() == Mention.Kind.DESCRIPTION).map(Mention::text).toList();
    }

    @Test
    void aDefiniteDescriptionJoinsTheOnlyActorWithThatTitleOrHeadNoun() {
        Document d = Analysed.text("""
                Kenyan Foreign Minister Amina Okoro met leaders of the Northern Liberation Army in Lodwar.
                The minister said the army had agreed to a truce. A minister from Uganda also attended.
                The Ugandan minister left early.
                """);
        Actor okoro = named(d, "Amina Okoro");
        assertEquals(List.of("The minister"), descriptions(okoro), "not 'A minister' (someone new) nor 'The Ugandan minister'");
        Actor army = named(d, "Northern Liberation Army");
        assertEquals(List.of("the army"), descriptions(army));
        assertEquals("the army", army.aliases().get(army.aliases().size() - 1));

        Document possessive = Analysed.text("""
                Kenyan Foreign Minister Amina Okoro flew to Addis Ababa on Monday.
                Kenya's top diplomat is expected to meet the African Union chair. Uganda's top diplomat stayed home.
                """);
        assertEquals(List.of("Kenya's top diplomat"), descriptions(named(possessive, "Amina Okoro")),
                "a country's top diplomat is its foreign minister; another country's is someone else");

        Document two = Analysed.text("""
                Kenyan Foreign Minister Amina Okoro met Ugandan Foreign Minister Tomas Berg on Monday.
                The minister said talks would continue.
                """);
        for (Actor a : two.actors()) {
            assertEquals(List.of(), descriptions(a), "two ministers: no guess for " + a.name());
        }
    }

    @Test
    void aPronounSkipsTheSubjectOfItsOwnVerbTheOtherGenderAndAnUnnamedPersonBetween() {
        Document d = Analysed.text("""
                Amina Okoro spoke to reporters in Nairobi. Tomas Berg called on her to resign.
                Tomas Berg met the party leaders on Friday. Amina Okoro said he had been misled.
                Rami Saleh asked the senator to release his records.
                """);
        assertEquals(List.of("her"), pronouns(named(d, "Amina Okoro")),
                "an object pronoun is never the subject of its own verb: 'her' is the person of the sentence before");
        assertEquals(List.of("he"), pronouns(named(d, "Tomas Berg")),
                "'he' is not Okoro, whom the text already called 'her', but the person of the sentence before");
        assertEquals(List.of(), pronouns(named(d, "Rami Saleh")), "'the senator' stands between Saleh and 'his'");
    }

    @Test
    void aDescriptionsCountryIsThePersonsWhenTheNameHasNone() {
        Document d = Analysed.text("Amina Wanjiru, Kenya's best-known human rights activist, began a hunger strike on Monday.");
        assertEquals("KEN", named(d, "Amina Wanjiru").country());
        Document before = Analysed.text("Chad deported suspected Nigerian militant Musa Bello to Lagos on Friday.");
        assertEquals("NGA", named(before, "Musa Bello").country());
        Document none = Analysed.text("Musa Bello, a well-known activist, began a hunger strike on Monday.");
        assertNull(named(none, "Musa Bello").country(), "a description without a country gives none");
    }
}
