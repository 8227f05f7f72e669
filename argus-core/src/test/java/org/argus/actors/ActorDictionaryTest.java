package org.argus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's YAML actor dictionary, its validation, the PETRARCH importer and the stage that applies it. */
class ActorDictionaryTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static final String GOOD = """
            actors:
              - name: Fayez al-Sarraj
                aliases: [Sarraj, Fayez Serraj]
                country: LBY
                sector: GOV
                role: Prime Minister
                from: 2016-03-30
                to: 2021-03-15
              - name: Khalifa Haftar
                type: PERSON
                aliases: [Hifter, Khalifa Hifter, Haftar]
                distinct: [Saddam Haftar]
                affiliations:
                  - {country: LBY, sector: MIL, role: commander, from: 2015-03-02}
            """;

    @Test
    void readsActorsWithAliasesAndDatedCodings() throws Exception {
        List<String> errors = new ArrayList<>();
        ActorDictionary d = ActorDictionary.load(write("a.yaml", GOOD), errors::add);
        assertEquals(List.of(), errors);
        ActorDictionary.Entry sarraj = d.lookup("SARRAJ");
        assertEquals("Fayez al-Sarraj", sarraj.name());
        assertEquals("GOV", sarraj.at(LocalDate.of(2019, 4, 5)).sector());
        assertNull(sarraj.at(LocalDate.of(2022, 1, 1)), "coding expired");
        assertEquals("MIL", d.lookup("Khalifa Hifter").at(LocalDate.of(2020, 1, 1)).sector());
        assertTrue(d.keptApart(d.lookup("Haftar"), "Saddam Haftar"));
    }

    @Test
    void badEntriesAreReportedWithFileAndLineAndTheRestLoads() throws Exception {
        Path file = write("bad.yaml", """
                actors:
                  - name: Good One
                    country: FRA
                  - name: Bad Country
                    country: France
                  - name: Bad Sector
                    sector: ARMY
                  - name: Bad Date
                    from: 5 May 2020
                  - aliases: [nameless]
                  - name: Typo
                    contry: FRA
                """);
        List<String> errors = new ArrayList<>();
        ActorDictionary d = ActorDictionary.load(file, errors::add);
        assertEquals(1, d.entries().size());
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(file + ":5: country"), errors.get(0));
        assertTrue(errors.get(1).startsWith(file + ":7: unknown sector 'ARMY'"), errors.get(1));
        assertTrue(errors.get(2).startsWith(file + ":9: 'from' must be a date"), errors.get(2));
        assertTrue(errors.get(3).startsWith(file + ":10: actor without a name"), errors.get(3));
        assertTrue(errors.get(4).startsWith(file + ":12: unknown field 'contry'"), errors.get(4));
    }

    @Test
    void brokenYamlIsOneErrorWithItsLine() throws Exception {
        Path file = write("broken.yaml", "actors:\n  - name: [unclosed\n  - name: x\n");
        List<String> errors = new ArrayList<>();
        assertTrue(ActorDictionary.load(file, errors::add).entries().isEmpty());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).matches(".*broken\\.yaml:\\d+: not valid YAML.*"), errors.get(0));
    }

    @Test
    void importsAPetrarchActorDictionaryAndTheYamlReadsBack() throws Exception {
        Path file = write("Test.actors.txt", """
                # countries
                AFGHANISTAN_ [AFG]
                +AFGHAN_
                +KABUL_  # the capital
                ABDUL_RASHID_DOSTUM_
                +DOSTUM_
                \t[AFGMIL 011101-121231]
                \t[AFGGOV >20140929]
                UNITED_NATIONS_ [IGOUNO]
                +U.N._
                <!-- a comment line -->
                +ORPHAN_BEFORE_NOTHING_IS_FINE_HERE
                \t[AFGGOV 2014-bad]
                """);
        List<String> errors = new ArrayList<>();
        List<ActorDictionary.Entry> entries = PetrarchImporter.read(file, errors::add);
        assertEquals(3, entries.size());
        ActorDictionary.Entry afg = entries.get(0);
        assertEquals("Afghanistan", afg.name());
        assertEquals(ActorType.COUNTRY, afg.type());
        assertEquals(List.of("Afghan", "Kabul"), afg.aliases());
        ActorDictionary.Entry dostum = entries.get(1);
        assertEquals("Abdul Rashid Dostum", dostum.name());
        assertEquals(ActorType.PERSON, dostum.type());
        assertEquals(2, dostum.affiliations().size());
        assertEquals(new ActorDictionary.Affiliation("AFG", "MIL", null, LocalDate.of(2001, 11, 1),
                LocalDate.of(2012, 12, 31)), dostum.affiliations().get(0));
        assertEquals(LocalDate.of(2014, 9, 29), dostum.affiliations().get(1).from());
        ActorDictionary.Entry un = entries.get(2);
        assertEquals("IGO", un.affiliations().get(0).sector());
        assertNull(un.affiliations().get(0).country());
        assertEquals(ActorType.ORGANIZATION, un.type());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(file + ":13: "), errors.get(0));

        Path yaml = write("imported.yaml", PetrarchImporter.toYaml(entries, file.toString()));
        List<String> yamlErrors = new ArrayList<>();
        ActorDictionary d = ActorDictionary.load(yaml, yamlErrors::add);
        assertEquals(List.of(), yamlErrors);
        assertEquals("Abdul Rashid Dostum", d.lookup("dostum").name());
        assertEquals("GOV", d.lookup("Dostum").at(LocalDate.of(2016, 1, 1)).sector());
        assertEquals("MIL", d.lookup("Dostum").at(LocalDate.of(2005, 1, 1)).sector());
    }

    @Test
    void theStageRenamesRecodesAndJoinsActorsTheDictionaryKnowsButKeepsSplitNamesApart() throws Exception {
        ActorDictionary d = ActorDictionary.load(write("a.yaml", GOOD), e -> { });
        String text = "Khalifa Hifter met Saddam Haftar. Haftar left.";
        Document doc = Document.of(new RawDocument("t", SourceRef.file("t.txt"), InputFormat.TEXT, text, null, null,
                null, null)).withActors(List.of(
                new Actor("khalifa-hifter", "Khalifa Hifter", ActorType.PERSON, null, null, null,
                        List.of(new Mention("Khalifa Hifter", new Span(0, 14)))),
                new Actor("saddam-haftar", "Saddam Haftar", ActorType.PERSON, "LBY", null, null,
                        List.of(new Mention("Saddam Haftar", new Span(19, 32)))),
                new Actor("haftar", "Haftar", ActorType.PERSON, null, null, null,
                        List.of(new Mention("Haftar", new Span(34, 40))))));
        Document out = new DictionaryStage(d).apply(doc);
        assertEquals(2, out.actors().size());
        Actor khalifa = out.actorAt(new Span(34, 40));
        assertEquals("Khalifa Haftar", khalifa.name());
        assertEquals("MIL", khalifa.sector());
        assertEquals(2, khalifa.mentions().size());
        assertEquals("Saddam Haftar", out.actorAt(new Span(19, 32)).name());
    }

    @Test
    void aLeaderIsCodedWithTheOfficeHeldOnTheArticlesDateAndTheCountryOutsideIt() {
        ActorDictionary d = ActorDictionary.parseLeaders("""
                name\taliases\tcountry\trole\tfrom\tto
                Amina Okoro\tAmina Okorro\tNGA\tForeign Minister\t2011-05\t2015
                Amina Okoro\t\tNGA\tPresident\t2019-06-12\t
                Tunde Bello\t\tIGO\tSecretary-General\t2001\t2004
                """, "test.tsv");
        ActorDictionary.Entry okoro = d.lookup("Amina Okorro");
        assertEquals("Amina Okoro", okoro.name());
        assertEquals("Foreign Minister", okoro.at(LocalDate.of(2015, 12, 31)).role());
        assertEquals("President", okoro.at(LocalDate.of(2023, 1, 1)).role());
        ActorDictionary.Affiliation between = okoro.at(LocalDate.of(2017, 1, 1));
        assertEquals("NGA", between.country());
        assertNull(between.role(), "out of office: no office is coded");
        assertNull(okoro.at(null).role(), "undated: which office held cannot be known");
        assertEquals("NGA", okoro.at(null).country());
        ActorDictionary.Affiliation un = d.lookup("Tunde Bello").at(LocalDate.of(2002, 1, 1));
        assertNull(un.country());
        assertEquals("IGO", un.sector());
    }

    @Test
    void aPersonsMisspeltNameFindsTheOneLeaderItIsCloseTo() {
        ActorDictionary d = ActorDictionary.parseLeaders("""
                name\taliases\tcountry\trole\tfrom\tto
                Abdoulaye Traoremba\t\tMLI\tPresident\t2001\t2005
                Amina Okoro\t\tNGA\tPresident\t2019\t
                Amina Okari\t\tKEN\tPresident\t2019\t
                """, "test.tsv");
        assertEquals("Abdoulaye Traoremba", d.lookupMisspelt("Abdoulaye Traorremba").name());
        assertEquals("Abdoulaye Traoremba", d.lookupMisspelt("Abdoulaye Traorémba").name());
        assertNull(d.lookupMisspelt("Abdulaye Traorremba"), "two words misspelt: too far to be sure");
        assertNull(d.lookupMisspelt("Amina Okaro"), "close to two leaders: neither is guessed");
        assertNull(d.lookupMisspelt("Traorremba"), "a surname alone is not enough");
    }

    @Test
    void aBadLeadersLineNamesItsLine() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.parseLeaders("name\taliases\tcountry\trole\tfrom\tto\nA B\t\tKEN\tPresident\t20x1\t\n",
                        "l.tsv"));
        assertTrue(e.getMessage().startsWith("l.tsv:2: "), e.getMessage());
    }

    @Test
    void aLeadersLineWithTooFewColumnsNamesItsLineAndTrailingEmptyDatesAreFine() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.parseLeaders("# leaders\nAmina Okoro\t\tNGA\tPresident\t2019\t\nA B\tKEN\n", "l.tsv"));
        assertTrue(e.getMessage().startsWith("l.tsv:3: expected 6 tab-separated columns"), e.getMessage());
        ActorDictionary undated = ActorDictionary.parseLeaders("Amina Okoro\t\tNGA\tPresident\t\t\n", "l.tsv");
        assertEquals("President", undated.lookup("Amina Okoro").affiliations().get(0).role());
    }

    @Test
    void theAnalystsDictionaryGoesOverTheShippedLeaders() throws Exception {
        ActorDictionary leaders = ActorDictionary.parseLeaders("Amina Okoro\t\tNGA\tPresident\t2019\t\n", "l.tsv");
        ActorDictionary mine = ActorDictionary.load(write("mine.yaml", """
                actors:
                  - name: Amina Okoro
                    country: GHA
                """), e -> { });
        ActorDictionary both = mine.over(leaders);
        assertEquals("GHA", both.lookup("Amina Okoro").at(null).country());
        assertEquals("NGA", ActorDictionary.empty().over(leaders).lookup("Amina Okoro").at(null).country());
    }

    @Test
    void theShippedLeadersAreValidAndNoNameBelongsToTwoCountries() {
        ActorDictionary leaders = ActorDictionary.leaders();
        assertTrue(leaders.entries().size() > 1000, "leaders: " + leaders.entries().size());
        ActorKnowledge knowledge = ActorKnowledge.load();
        java.util.Set<String> countries = new java.util.HashSet<>(ActorDictionary.FORMER_STATES);
        knowledge.names().forEach(n -> {
            ActorKnowledge.Entry e = knowledge.lookup(n);
            if (e != null && e.country() != null) {
                countries.add(e.country());
            }
        });
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        List<String> problems = new ArrayList<>();
        for (ActorDictionary.Entry e : leaders.entries()) {
            for (ActorDictionary.Affiliation a : e.affiliations()) {
                if (a.country() != null && !countries.contains(a.country())) {
                    problems.add(e.name() + ": unknown country " + a.country());
                }
            }
            String country = e.at(null) == null ? "IGO" : String.valueOf(e.at(null).country());
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                String earlier = owner.putIfAbsent(ActorDictionary.key(n), country);
                if (earlier != null && !earlier.equals(country)) {
                    problems.add("'" + n + "' is both " + earlier + " and " + country);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aTitledSurnameIsTheOneLeaderThenInThatOffice() {
        ActorDictionary d = ActorDictionary.parseLeaders("""
                Amina Okoro\t\tNGA\tPresident\t2019\t
                Tunde Okoro\t\tNGA\tPrime Minister\t2001\t2004
                Ngozi Bello\t\tGHA\tPresident\t1990\t1995
                Musa Bello\t\tGHA\tPresident\t2010\t2014
                Omar al-Rashid\t\tSDN\tPresident\t1980\t1985
                """, "l.tsv");
        assertEquals("Amina Okoro", d.byTitle("Okoro", "President", LocalDate.of(2020, 5, 1)).name());
        assertEquals("Tunde Okoro", d.byTitle("Okoro", "Premier", LocalDate.of(2002, 5, 1)).name());
        assertNull(d.byTitle("Okoro", "President", LocalDate.of(2002, 5, 1)), "no Okoro was president then");
        assertNull(d.byTitle("Bello", "President", null), "two President Bellos: undated, either");
        assertEquals("Ngozi Bello", d.byTitle("Bello", "President", LocalDate.of(1992, 1, 1)).name());
        assertEquals("Amina Okoro", d.byTitle("Okoro", "President", null).name());
        assertEquals("Omar al-Rashid", d.byTitle("Rashid", "President", null).name());
        assertNull(d.byTitle("Okoro", "former President", null), "a former holder is not placed by a title");
        assertNull(d.byTitle("Okoro", "spokesperson", null));

        String text = "Premier Okoro spoke.";
        Document doc = Document.of(new RawDocument("t", SourceRef.file("t.txt"), InputFormat.TEXT, text, null, null, null, null))
                .withActors(List.of(new Actor("okoro", "Okoro", ActorType.PERSON, null, null, "Premier",
                        List.of(new Mention("Okoro", new Span(8, 13))))));
        Actor coded = new DictionaryStage(d).apply(doc).actors().get(0);
        assertEquals("Tunde Okoro", coded.name());
        assertEquals("NGA", coded.country());
    }
}
