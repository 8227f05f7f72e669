package org.argus.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer SHIPPED = Gazetteer.load();

    private static Set<String> countries(String name) {
        return SHIPPED.lookup(name).stream().map(Gazetteer.Entry::country).collect(Collectors.toSet());
    }

    @Test
    void theShippedGazetteerKnowsCapitalsCitiesAndCountriesWithTheirNamesakes() {
        assertTrue(countries("Tripoli").containsAll(Set.of("LBY", "LBN")), countries("Tripoli").toString());
        assertTrue(countries("Moscow").contains("RUS"));
        assertEquals(Set.of("LBY"), countries("Libya"));
        assertTrue(SHIPPED.lookup("Libya").stream().allMatch(e -> e.kind() == Gazetteer.Kind.COUNTRY));
        assertTrue(SHIPPED.size() > 10_000, "size " + SHIPPED.size());
    }

    @Test
    void namesMatchWithoutAccentsArticlesOrAFinalH() {
        assertTrue(countries("Misrata").contains("LBY"), "Misrata finds Misratah");
        assertTrue(countries("az-Zawiya").contains("LBY"));
        assertTrue(countries("SANAA").contains("YEM") || countries("Sana'a").contains("YEM"));
        assertTrue(SHIPPED.lookup("Nowhereville Upon Sea").isEmpty());
    }

    @Test
    void aMalformedRowIsReportedWithItsLine() throws Exception {
        String tsv = "# header\nTripoli\t\tLBY\t32.9\t13.2\t1150989\tC\nBroken\t\tLB\t1\t2\t3\tP\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.parse(new BufferedReader(new StringReader(tsv)), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:3:"), e.getMessage());
        Gazetteer ok = Gazetteer.parse(new BufferedReader(new StringReader(tsv.lines().limit(2).collect(Collectors.joining("\n")))), "ok");
        assertEquals(List.of("LBY"), ok.lookup("tripoli").stream().map(Gazetteer.Entry::country).toList());
    }

    @Test
    void englishNamesFindPlacesGeoNamesNamesOtherwise() throws Exception {
        assertTrue(countries("Geneva").contains("CHE"), countries("Geneva").toString());
        assertEquals(Set.of("UKR"), countries("Kiev"));
        Gazetteer g = Gazetteer.parse(new BufferedReader(new StringReader("Kyiv\t\tUKR\t50.45\t30.52\t2797553\tC\n")), "g");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> g.addExonyms(new BufferedReader(new StringReader("Kiev\tKyiv\tUKR\nLemberg\tLviv\tUKR\n")), "exonyms.tsv"));
        assertTrue(e.getMessage().startsWith("exonyms.tsv:2:"), e.getMessage());
    }
}
