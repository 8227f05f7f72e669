package org.argus.actors.phoenix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.argus.words.Lines;
import org.junit.jupiter.api.Test;

class PhoenixDictionaryTest {
    private static final PhoenixDictionary SHIPPED = PhoenixDictionary.load();

    private static String role(String name, String date) {
        return SHIPPED.roleOn(name, LocalDate.parse(date)).map(r -> r.country() + " " + r.sector()).orElse("none");
    }

    @Test
    void aPersonIsCodedWithTheRoleHeldOnTheDate() {
        // Phoenix.Countries: [AFGELI 320101-331108] [AFGGOV 331108-730717] [AFGELI 730717-070723]
        assertEquals("AFG ELI", role("Mohammad Zahir Shah", "1933-01-01"), "32 is 1932: yy over 30 is 19yy, as in PETRARCH");
        assertEquals("AFG GOV", role("mohammad  zahir shah", "1950-06-01"));
        assertEquals("AFG GOV", role("Mohammad Zahir Shah", "1933-11-08"), "from is inclusive");
        assertEquals("AFG ELI", role("Mohammad Zahir Shah", "1973-07-17"), "until is exclusive: the next role starts");
        assertEquals("AFG ELI", role("Mohammad Zahir Shah", "2007-07-22"), "07 is 2007");
        assertEquals("none", role("Mohammad Zahir Shah", "2010-01-01"));
        assertEquals("none", role("Mohammad Zahir Shah", "1920-01-01"));
    }

    @Test
    void anUndatedCodeAfterDatedOnesHoldsWhenNoneOfThemDoes() {
        // [AFGELI 620101-780427] [AFGGOV 780427-780430] [AFGELI]: the first code holding the date wins
        PhoenixActor qadir = SHIPPED.actors("Abdul Qadir").stream()
                .filter(a -> a.roles().stream().anyMatch(r -> r.code().equals("AFGGOV"))).findFirst().orElseThrow();
        assertEquals("GOV", qadir.roleOn(LocalDate.parse("1978-04-28")).orElseThrow().sector());
        assertEquals("ELI", qadir.roleOn(LocalDate.parse("1990-01-01")).orElseThrow().sector());
        assertEquals("ELI", qadir.roleOn(LocalDate.parse("1970-01-01")).orElseThrow().sector());
    }

    @Test
    void organisationsArmedGroupsAndSynonyms() {
        PhoenixRole un = SHIPPED.actors("The United Nations").get(0).roles().get(0);
        assertEquals("", un.country());
        assertEquals("IGO", un.sector());
        assertEquals(List.of("UNO"), un.more());
        PhoenixRole hamas = SHIPPED.roleOn("Islamic Resistance Movement", LocalDate.parse("2015-01-01")).orElseThrow();
        assertEquals("PSEREBHMS", hamas.code());
        assertEquals("PSE", hamas.country());
        assertEquals("REB", hamas.sector());
        assertTrue(SHIPPED.actors("Kabul").stream().anyMatch(a -> a.roles().get(0).code().equals("AFG")),
                "a capital is a synonym of its country in Phoenix");
        assertTrue(SHIPPED.actorCount() > 25000);
    }

    @Test
    void agentWordsGiveASector() {
        assertEquals("REB", SHIPPED.agent("rebels").orElseThrow().sector(), "a generated plural");
        assertEquals("~GOV", SHIPPED.agent("Foreign Minister").orElseThrow().code());
        assertTrue(SHIPPED.agent("cattlemen").isPresent(), "a !PERSON! substitution");
        assertEquals(Optional.empty(), SHIPPED.agent("teapot"));
    }

    private static List<Lines.Line> lines(String name, String... rows) {
        try {
            return Lines.read(name, new StringReader(String.join("\n", rows) + "\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadRowFailsNamingItsFileAndLine() {
        List<Lines.Line> actors = lines("actors.tsv", "# id\tfile\tname\tsynonyms\tline", "Caaaaaaaa\tx.txt\tJANE DOE\t\t5");
        List<Lines.Line> agents = lines("agents.tsv", "rebel\trebel|rebels\t~REB\tREB\t\tafter\t9");
        var date = assertThrows(IllegalArgumentException.class, () -> PhoenixDictionary.read(actors,
                lines("roles.tsv", "Caaaaaaaa\t1\tKENGOV\tKEN\t\tGOV\t\t2001-02-30\t\t6"), agents));
        assertEquals("roles.tsv:1: '2001-02-30' is not an ISO date", date.getMessage());
        var id = assertThrows(IllegalArgumentException.class, () -> PhoenixDictionary.read(
                lines("actors.tsv", "#", "Jane\tx.txt\tJANE DOE\t\t5"), List.of(), agents));
        assertEquals("actors.tsv:2: expected an id such as C1a2b3c4d and a name, got 'Jane', 'JANE DOE'", id.getMessage());
        var agent = assertThrows(IllegalArgumentException.class, () -> PhoenixDictionary.read(actors, List.of(),
                lines("agents.tsv", "rebel\trebel\tREB\tREB\t\tafter\t9")));
        assertTrue(agent.getMessage().startsWith("agents.tsv:1: expected"), agent.getMessage());
        var orphan = assertThrows(IllegalArgumentException.class, () -> PhoenixDictionary.read(actors,
                lines("roles.tsv", "Cbbbbbbbb\t1\tKENGOV\tKEN\t\tGOV\t\t\t\t6"), agents));
        assertTrue(orphan.getMessage().contains("Cbbbbbbbb"), orphan.getMessage());
    }
}
