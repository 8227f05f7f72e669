package org.argus.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argus.reference.CountryWords;
import org.argus.words.Lines;

/**
 * What Argus knows about actors before reading: all countries with names, demonyms and capitals
 * (generated from world-countries, see tools/countries), English short forms, and the major
 * international organisations. Immutable and thread-safe once loaded.
 */
public final class ActorKnowledge implements CountryWords {
    /** A known entry: a country or an organisation. */
    public record Entry(String canonical, String country, String sector, Kind kind) {
    }

    /** How a name refers to its entry. */
    public enum Kind { COUNTRY_NAME, DEMONYM, CAPITAL, ORGANIZATION }

    private final Map<String, Entry> byName;
    /** Single-word English names of countries (no native or official forms), folded, for misspelt names. */
    private final Map<String, Entry> englishCountryNames;
    private final Map<String, String> sectors;
    private final int longestName;

    private ActorKnowledge(Map<String, Entry> byName, Map<String, String> sectors, Map<String, Entry> englishCountryNames) {
        this.byName = Map.copyOf(byName);
        this.englishCountryNames = Map.copyOf(englishCountryNames);
        this.sectors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sectors));
        this.longestName = byName.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** Loads the shipped knowledge base. */
    public static ActorKnowledge load() {
        Map<String, Entry> names = new HashMap<>();
        Map<String, String> countryNames = new HashMap<>();
        List<String> english = new ArrayList<>(); // English country names, for misspellings
        for (String[] row : rows("countries.tsv", 5)) {
            String iso = row[0];
            countryNames.put(iso, row[1]);
            english.add(row[1]);
            put(names, row[1], new Entry(row[1], iso, null, Kind.COUNTRY_NAME));
            for (String other : split(row[2])) {
                put(names, other, new Entry(row[1], iso, null, Kind.COUNTRY_NAME));
            }
            for (String demonym : split(row[3].replace(", ", "|"))) { // "Bosnian, Herzegovinian"
                put(names, demonym, new Entry(row[1], iso, null, Kind.DEMONYM));
            }
            for (String capital : split(row[4])) {
                put(names, capital, new Entry(row[1], iso, "GOV", Kind.CAPITAL));
            }
        }
        for (String[] row : rows("country-variants.tsv", 4)) {
            String generated = countryNames.get(row[0]);
            if (generated == null) {
                throw new IllegalStateException("country-variants.tsv: unknown country code " + row[0]);
            }
            String canonical = row[1].isBlank() ? generated : row[1];
            for (String other : split(row[2])) {
                names.put(key(other), new Entry(canonical, row[0], null, Kind.COUNTRY_NAME));
                english.add(other);
            }
            for (String capital : split(row[3])) {
                names.put(key(capital), new Entry(canonical, row[0], "GOV", Kind.CAPITAL));
            }
            if (!row[1].isBlank()) {
                names.put(key(canonical), new Entry(canonical, row[0], null, Kind.COUNTRY_NAME));
                names.replaceAll((k, e) -> row[0].equals(e.country()) && e.kind() != Kind.ORGANIZATION
                        ? new Entry(canonical, e.country(), e.sector(), e.kind()) : e);
            }
        }
        Map<String, String> sectors = new java.util.LinkedHashMap<>();
        for (String[] row : rows("sectors.tsv", 3)) {
            sectors.put(row[0], row[1]);
        }
        for (String[] row : rows("organizations.tsv", 4)) {
            if (!sectors.containsKey(row[2])) {
                throw new IllegalStateException("organizations.tsv: " + row[0] + ": unknown sector " + row[2]);
            }
            Entry e = new Entry(row[0], row[3].isEmpty() ? null : row[3], row[2], Kind.ORGANIZATION);
            names.put(key(row[0]), e);
            for (String alias : split(row[1])) {
                names.put(key(alias), e);
            }
        }
        Map<String, Entry> misspellable = new HashMap<>();
        for (String name : english) {
            Entry e = names.get(key(name));
            if (!name.contains(" ") && !name.contains(".") && e != null && e.kind() == Kind.COUNTRY_NAME) {
                misspellable.put(Names.fold(name), e);
            }
        }
        return new ActorKnowledge(names, sectors, misspellable);
    }

    /** The documented sector codes (sectors.tsv) with their meanings, in file order. */
    public Map<String, String> sectors() {
        return sectors;
    }

    /** Every known name (lookup keys), for completeness checks and dictionaries. */
    public java.util.Set<String> names() {
        return byName.keySet();
    }

    /** The entry for a name as written (case and a leading "the" ignored), or null. */
    public Entry lookup(String name) {
        Entry found = byName.get(key(name));
        if (found == null && name.length() > 4 && name.endsWith("s") && Character.isUpperCase(name.charAt(0))) {
            // a people by its plural demonym: "the Kurds", "Ethnic Uzbeks", "Young Tunisians"
            Entry singular = byName.get(key(name.substring(0, name.length() - 1)));
            if (singular != null && singular.kind() == Kind.DEMONYM) {
                return singular;
            }
        }
        return found;
    }

    /**
     * The country a one-word place name the tagger found but the knowledge does not list is a
     * misspelling of ("Kazakstan", "Bahrein"; see {@link Names#misspelt}): only when exactly one
     * English country name is that close. Null otherwise, and for names known as they are.
     */
    public Entry lookupMisspelt(String name) {
        if (name.contains(" ") || lookup(name) != null) {
            return null;
        }
        Entry found = null;
        String folded = Names.fold(name);
        for (Map.Entry<String, Entry> e : englishCountryNames.entrySet()) {
            if (Names.misspeltFolded(folded, e.getKey())) {
                if (found != null && !found.country().equals(e.getValue().country())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    @Override
    public String countryOf(String words) {
        Entry e = lookup(words);
        return e != null && e.country() != null && e.kind() != Kind.ORGANIZATION ? e.country() : null;
    }

    @Override
    public boolean isCountryName(String words) {
        Entry e = lookup(words);
        return e != null && e.kind() == Kind.COUNTRY_NAME;
    }

    /** The most words any known name has. */
    public int longestName() {
        return longestName;
    }

    static String key(String name) {
        String k = name.strip().replaceAll("\\s+", " ");
        if (k.toLowerCase(Locale.ROOT).startsWith("the ")) {
            k = k.substring(4);
        }
        // acronyms keep their case ("US" is not "us"); other names compare case-insensitively
        return k.equals(k.toUpperCase(Locale.ROOT)) && k.length() <= 6 ? k : k.toLowerCase(Locale.ROOT);
    }

    private static void put(Map<String, Entry> names, String name, Entry e) {
        names.putIfAbsent(key(name), e);
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : List.of(list.split("\\|"));
    }

    /** The rows of a knowledge file, each padded to {@code columns} cells; a row without its first cell fails naming its line. */
    private static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        for (Lines.Line line : Lines.resource("/org/argus/actors/" + resource)) {
            String[] cells = line.fields();
            if (cells.length < columns) {
                String[] padded = java.util.Arrays.copyOf(cells, columns);
                java.util.Arrays.fill(padded, cells.length, columns, "");
                cells = padded;
            }
            if (cells[0].isBlank()) {
                throw new IllegalStateException(line.where() + ": first column is empty");
            }
            out.add(cells);
        }
        return out;
    }
}
