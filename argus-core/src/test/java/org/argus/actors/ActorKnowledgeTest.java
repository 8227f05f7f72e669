package org.argus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base is complete and consistent, not a handful of entries. */
class ActorKnowledgeTest {
    private static final ActorKnowledge KB = ActorKnowledge.load();

    /** Places without people or a seat of government: nothing to name them by but the name. */
    private static final Set<String> NO_CAPITAL = Set.of("ATA", "BVT", "HMD", "UMI", "MAC", "SGS", "ATF");
    private static final Set<String> NO_DEMONYM = Set.of("BVT");

    private static List<String[]> rows(String resource) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ActorKnowledge.class.getResourceAsStream("/org/argus/actors/" + resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    @Test
    void everyCountryHasANameDemonymAndCapitalAndEachResolvesToIt() throws Exception {
        List<String[]> countries = rows("countries.tsv");
        assertTrue(countries.size() >= 249, "all ISO 3166-1 countries, got " + countries.size());
        for (String[] row : countries) {
            String iso = row[0];
            assertEquals(3, iso.length(), "ISO3 code " + iso);
            assertEquals(iso, KB.lookup(row[1]).country(), "name of " + iso);
            if (!NO_DEMONYM.contains(iso)) {
                assertTrue(row.length > 3 && !row[3].isBlank(), "demonym of " + iso);
                for (String demonym : row[3].split("\\||, ")) { // "Bosnian, Herzegovinian" are two
                    assertNotNull(KB.lookup(demonym), "demonym " + demonym);
                }
            }
            if (!NO_CAPITAL.contains(iso)) {
                assertTrue(row.length > 4 && !row[4].isBlank(), "capital of " + iso);
            }
        }
    }

    @Test
    void newsShortFormsAndCapitalsResolveToTheirCountry() {
        assertEquals("USA", KB.lookup("the United States").country());
        assertEquals("GBR", KB.lookup("Britain").country());
        assertEquals("Turkey", KB.lookup("Türkiye").canonical());
        assertEquals(ActorKnowledge.Kind.CAPITAL, KB.lookup("Moscow").kind());
        assertEquals("GOV", KB.lookup("Moscow").sector());
        assertEquals("UKR", KB.lookup("Kiev").country());
        assertEquals(ActorKnowledge.Kind.DEMONYM, KB.lookup("Turkish").kind());
    }

    @Test
    void majorInternationalOrganisationsAreKnownByNameAndAcronym() {
        String[][] expected = {
                {"UN", "United Nations"}, {"UNSC", "United Nations Security Council"},
                {"UNHCR", "United Nations High Commissioner for Refugees"}, {"NATO", "North Atlantic Treaty Organization"},
                {"AU", "African Union"}, {"EU", "European Union"}, {"League of Arab States", "Arab League"},
                {"OSCE", "Organization for Security and Co-operation in Europe"},
                {"OPEC", "Organization of the Petroleum Exporting Countries"}, {"GCC", "Gulf Cooperation Council"},
                {"ASEAN", "Association of Southeast Asian Nations"}, {"ICC", "International Criminal Court"},
                {"IMF", "International Monetary Fund"}, {"IBRD", "World Bank"}, {"WHO", "World Health Organization"},
                {"UNESCO", "United Nations Educational, Scientific and Cultural Organization"},
                {"ECOWAS", "Economic Community of West African States"}, {"OPCW",
                "Organisation for the Prohibition of Chemical Weapons"}};
        for (String[] e : expected) {
            ActorKnowledge.Entry entry = KB.lookup(e[0]);
            assertNotNull(entry, e[0]);
            assertEquals(e[1], entry.canonical(), e[0]);
            assertEquals(ActorKnowledge.Kind.ORGANIZATION, entry.kind());
        }
        assertEquals("JUD", KB.lookup("ICC").sector());
        assertEquals("NGO", KB.lookup("Human Rights Watch").sector());
    }

    @Test
    void aMisspeltCountryNameResolvesOnlyWhenOneCountryIsThatClose() {
        assertEquals("AFG", KB.lookupMisspelt("Afganistan").country());
        assertEquals("QAT", KB.lookupMisspelt("Quatar").country());
        assertEquals(null, KB.lookupMisspelt("Indiana"), "a US state, not India");
        assertEquals(null, KB.lookupMisspelt("Oran"), "short names are too close to guess");
        assertEquals(null, KB.lookupMisspelt("Mexicanos"), "only English names are guessed at");
        assertEquals(null, KB.lookupMisspelt("Qatar"), "a known name is not a misspelling");
    }

    @Test
    void acronymsKeepTheirCaseSoCommonWordsDoNotMatch() {
        assertEquals("World Health Organization", KB.lookup("WHO").canonical());
        assertEquals(null, KB.lookup("who"));
    }

    @Test
    void sectorCodesAreDocumentedAndCoverEveryCodeTheOrganisationsAndRolesUse() throws Exception {
        for (String code : List.of("GOV", "MIL", "REB", "OPP", "IGO", "NGO", "MED", "BUS", "CVL", "JUD", "LEG",
                "PTY", "SPY", "REF", "UAF")) {
            assertTrue(KB.sectors().containsKey(code), code);
            assertTrue(!KB.sectors().get(code).isBlank(), code);
        }
        for (String[] row : rows("organizations.tsv")) {
            assertTrue(KB.sectors().containsKey(row[2]), row[0] + " sector " + row[2]);
        }
        org.argus.words.Words.shipped().table("reference/sectors").forEach((word, sector) ->
                assertTrue(KB.sectors().containsKey(sector), "reference/sectors: " + word + " has undocumented sector " + sector));
    }
}
