package org.argus.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.argus.model.ActorType;

/**
 * The analyst's own actor dictionary: a YAML file of actors with aliases, country, sector, role and
 * validity dates, which overrides what Argus infers from the text. Format (docs/actors.md):
 * <pre>
 * actors:
 *   - name: Amina Okoro
 *     type: PERSON
 *     aliases: [Amina Okorro, Okoro]
 *     country: NGA
 *     sector: MIL
 *     role: army chief of staff
 *     from: 2015-03-02          # optional validity of the coding
 *     distinct: [Tunde Okoro]   # split: names never merged into this actor
 *     affiliations:             # optional, for codings that change over time
 *       - {country: NGA, sector: GOV, role: Defence Minister, from: 2016-03-30, to: 2021-03-15}
 * </pre>
 * Every problem is reported as {@code file:line: reason}; the entry is skipped and the rest loads
 * ({@link DictionaryFile}). Argus ships the heads of state and government as one ({@link #leaders()},
 * read by {@link Leaders}). Immutable once loaded.
 */
public final class ActorDictionary {
    /** One coding of an actor, valid between two dates (either may be open). */
    public record Affiliation(String country, String sector, String role, LocalDate from, LocalDate to) {
        /** True when {@code date} is within the validity, or either is unknown. */
        public boolean covers(LocalDate date) {
            return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** One actor of the dictionary. */
    public record Entry(String name, ActorType type, List<String> aliases, List<Affiliation> affiliations,
                        List<String> distinct, int line) {
        public Entry {
            aliases = List.copyOf(aliases);
            affiliations = List.copyOf(affiliations);
            distinct = List.copyOf(distinct);
        }

        /**
         * The coding in force on {@code date} (the first that covers it), or null. With no date, an
         * undated coding is preferred: which dated one holds cannot be known.
         */
        public Affiliation at(LocalDate date) {
            if (date == null) {
                Affiliation undated = affiliations.stream().filter(a -> a.from() == null && a.to() == null).findFirst().orElse(null);
                if (undated != null) {
                    return undated;
                }
            }
            return affiliations.stream().filter(a -> a.covers(date)).findFirst().orElse(null);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byName;
    private final Map<String, Set<String>> distinct;
    /** Each person's names as folded words, by their number of words: where misspellings are looked for. */
    private final Map<Integer, List<Map.Entry<String[], Entry>>> personNames;

    private ActorDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> names = new HashMap<>();
        Map<String, Set<String>> apart = new HashMap<>();
        for (Entry e : entries) {
            names.putIfAbsent(key(e.name()), e);
            for (String alias : e.aliases()) {
                names.putIfAbsent(key(alias), e);
            }
            for (String d : e.distinct()) {
                apart.computeIfAbsent(key(e.name()), k -> new LinkedHashSet<>()).add(key(d));
            }
        }
        this.byName = Map.copyOf(names);
        this.distinct = Map.copyOf(apart);
        Map<Integer, List<Map.Entry<String[], Entry>>> persons = new HashMap<>();
        names.forEach((name, e) -> {
            if (e.type() == ActorType.PERSON) {
                String[] words = Names.fold(name).split(" ");
                persons.computeIfAbsent(words.length, n -> new ArrayList<>()).add(Map.entry(words, e));
            }
        });
        this.personNames = Map.copyOf(persons);
        Map<String, List<Entry>> surnames = new HashMap<>();
        for (Entry e : entries) {
            if (e.type() != ActorType.PERSON || e.affiliations().stream().allMatch(a -> office(a.role()) == null)) {
                continue;
            }
            Set<String> own = new LinkedHashSet<>();
            own.add(surname(e.name()));
            e.aliases().forEach(a -> own.add(surname(a)));
            for (String k : own) {
                if (!k.isEmpty()) {
                    surnames.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                }
            }
        }
        surnames.replaceAll((k, v) -> List.copyOf(v));
        this.bySurname = Map.copyOf(surnames);
    }

    private final Map<String, List<Entry>> bySurname;

    /** Offices a title names, as classes: "President" and "Head of State" are one, "Premier" and "Prime Minister" another. */
    private static String office(String role) {
        if (role == null) {
            return null;
        }
        String r = role.strip().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "president", "head of state", "monarch", "king", "queen", "emir", "sultan", "supreme leader" -> "head of state";
            case "prime minister", "premier", "chancellor", "head of government" -> "head of government";
            case "foreign minister", "secretary of state" -> "foreign minister";
            case "secretary-general", "secretary general" -> "secretary-general";
            default -> null;
        };
    }

    /** The last word of a name, without an Arabic article: "Bashar al-Assad" and "Assad" give "assad". */
    static String surname(String name) {
        String[] words = key(name).split(" ");
        String last = words[words.length - 1];
        return last.replaceFirst("^(al|el|ad|as|ash|an|ar)-", "");
    }

    /**
     * The one entry a titled surname names on {@code date}: "President Okoro" is the Okoro who held a
     * presidency then. Undated, the one Okoro who ever held that office. Null when none is, or when
     * two are ("President Bush" with no date).
     */
    public Entry byTitle(String name, String title, LocalDate date) {
        String office = office(title);
        if (office == null || name == null || name.isBlank()) {
            return null;
        }
        Entry found = null;
        for (Entry e : bySurname.getOrDefault(surname(name), List.of())) {
            boolean held = e.affiliations().stream().anyMatch(a -> office.equals(office(a.role())) && (date == null || a.covers(date)));
            if (held) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * This dictionary over {@code base}: a name both know is this one's entry, the other names of
     * {@code base} still apply. The analyst's dictionary goes over the shipped {@link #leaders()}.
     */
    public ActorDictionary over(ActorDictionary base) {
        if (base.entries.isEmpty() || entries.isEmpty()) {
            return base.entries.isEmpty() ? this : base;
        }
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(base.entries);
        return new ActorDictionary(all);
    }

    /** Country codes of states that no longer exist, which the leaders file may use. */
    static final Set<String> FORMER_STATES = Set.of("YUG", "CSK", "DDR", "SUN");

    /** A dictionary with no entries. */
    public static ActorDictionary empty() {
        return new ActorDictionary(List.of());
    }

    /** The entries, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry that has {@code name} as its name or an alias (case and spacing ignored), or null. */
    public Entry lookup(String name) {
        return byName.get(key(name));
    }

    /**
     * The one entry a personal name is a misspelling of: the same number of words, all alike but one,
     * which {@link Names#misspelt misspells} the entry's ("Uhuru Kenyata"). Null when no entry
     * or more than one is that close, for one-word names, and for names the dictionary knows as they are.
     */
    public Entry lookupMisspelt(String name) {
        String[] words = Names.fold(key(name)).split(" ");
        if (words.length < 2 || lookup(name) != null) {
            return null;
        }
        Entry found = null;
        for (Map.Entry<String[], Entry> e : personNames.getOrDefault(words.length, List.of())) {
            String[] other = e.getKey();
            int differing = 0;
            boolean alike = true;
            for (int i = 0; i < words.length && alike; i++) {
                if (!words[i].equals(other[i])) {
                    differing++;
                    alike = differing == 1 && Names.misspeltFolded(words[i], other[i]);
                }
            }
            if (alike) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** True when the dictionary says {@code name} is never the actor {@code entry} (a split directive). */
    public boolean keptApart(Entry entry, String name) {
        return distinct.getOrDefault(key(entry.name()), Set.of()).contains(key(name));
    }

    /** Name comparison key: case, accents of spacing and a leading "the" ignored. */
    static String key(String name) {
        String k = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /**
     * Loads a dictionary file; each bad entry is reported to {@code errors} as {@code file:line: reason}
     * and skipped. A file that cannot be read or is not YAML at all is one error and gives an empty dictionary.
     */
    public static ActorDictionary load(Path file, Consumer<String> errors) {
        return new ActorDictionary(DictionaryFile.read(file, errors));
    }

    /**
     * Parses a leaders list ({@link Leaders}): {@code name, aliases (|), country, role, from, to} per term
     * of office. A bad line fails the load, naming it.
     */
    static ActorDictionary parseLeaders(String text, String where) {
        return new ActorDictionary(Leaders.parse(text, where));
    }

    /**
     * The heads of state and government (and other office holders news quotes most) that Argus
     * ships in {@code leaders.tsv}: each with the terms of office and, beyond them, the country.
     */
    public static ActorDictionary leaders() {
        return Shipped.LEADERS;
    }

    private static final class Shipped {
        static final ActorDictionary LEADERS = new ActorDictionary(Leaders.shipped());
    }
}
