package org.argus.actors;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.argus.model.ActorType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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
 * Every problem is reported as {@code file:line: reason}; the entry is skipped and the rest loads.
 * Immutable once loaded.
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

    private static final Set<String> ENTRY_KEYS = Set.of("name", "type", "aliases", "country", "sector", "role",
            "from", "to", "distinct", "affiliations");
    private static final Set<String> AFFILIATION_KEYS = Set.of("country", "sector", "role", "from", "to");

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

    private static final class Shipped {
        static final ActorDictionary LEADERS = readLeaders();
    }

    /**
     * The heads of state and government (and other office holders news quotes most) that Argus
     * ships in {@code leaders.tsv}: each with the terms of office and, beyond them, the country.
     */
    public static ActorDictionary leaders() {
        return Shipped.LEADERS;
    }

    /** Country codes of states that no longer exist, which the leaders file may use. */
    static final Set<String> FORMER_STATES = Set.of("YUG", "CSK", "DDR", "SUN");

    private static ActorDictionary readLeaders() {
        String path = "/org/argus/actors/leaders.tsv";
        try (java.io.InputStream in = ActorDictionary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("leaders list missing from the build: " + path);
            }
            return parseLeaders(new String(in.readAllBytes(), StandardCharsets.UTF_8), "leaders.tsv");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /**
     * Parses the leaders list: {@code name, aliases (|), country, role, from, to} per term of office;
     * a person's terms (lines with the same name) become one entry. A bad line fails the load, naming it.
     */
    static ActorDictionary parseLeaders(String text, String where) {
        Map<String, List<Affiliation>> terms = new java.util.LinkedHashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        String[] rows = text.split("\n");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("name\t")) {
                continue;
            }
            String[] c = rows[i].split("\t", -1);
            if (c.length != 6) {
                throw new IllegalArgumentException(where + ":" + (i + 1) + ": expected 6 tab-separated columns, found " + c.length);
            }
            String name = c[0].strip();
            String code = c[2].strip();
            boolean org = code.equals("IGO") || code.equals("IMG");
            String role = c[3].strip();
            String sector = org ? code : switch (role) {
                case "Leader" -> "REB";
                case "Commander" -> "MIL";
                case "Speaker" -> "LEG";
                default -> "GOV";
            };
            LocalDate from;
            LocalDate to;
            try {
                from = c[4].isBlank() ? null : leaderDate(c[4].strip(), false);
                to = c[5].isBlank() ? null : leaderDate(c[5].strip(), true);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException(where + ":" + (i + 1) + ": bad date: " + e.getMessage(), e);
            }
            String country = org ? null : code;
            terms.computeIfAbsent(name, k -> new ArrayList<>()).add(new Affiliation(country, sector, role, from, to));
            for (String alias : c[1].split("\\|")) {
                if (!alias.isBlank()) {
                    aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(alias.strip());
                }
            }
            lines.putIfAbsent(name, i + 1);
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Affiliation>> e : terms.entrySet()) {
            List<Affiliation> codings = new ArrayList<>(e.getValue());
            codings.sort(java.util.Comparator.comparing(Affiliation::from, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            // the state served last ("Nazarbayev": Soviet Kazakh leader, then Kazakhstan's president)
            String country = null;
            for (Affiliation a : codings) {
                if (a.country() != null) {
                    country = a.country();
                }
            }
            if (country != null) {
                // out of office, or undated: still of their country, with no office to code
                codings.add(new Affiliation(country, null, null, null, null));
            }
            List<String> other = aliases.getOrDefault(e.getKey(), Set.of()).stream().filter(a -> !a.equals(e.getKey())).toList();
            entries.add(new Entry(e.getKey(), ActorType.PERSON, other, codings,
                    List.of(), lines.get(e.getKey())));
        }
        return new ActorDictionary(entries);
    }

    /** "2019", "2019-04" or "2019-04-02": the first day of the period for a start, the last for an end. */
    private static LocalDate leaderDate(String text, boolean end) {
        String[] parts = text.split("-");
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        int month = Integer.parseInt(parts[1]);
        if (parts.length == 2) {
            LocalDate first = LocalDate.of(year, month, 1);
            return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
        }
        return LocalDate.parse(text);
    }

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
        String where = file.toString();
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            errors.accept(where + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem());
            return empty();
        } catch (IOException | RuntimeException e) {
            errors.accept(where + ": cannot read the actor dictionary: " + e.getMessage());
            return empty();
        }
        if (root == null) {
            return empty();
        }
        Node list = root instanceof MappingNode m ? value(m, "actors") : null;
        if (!(list instanceof SequenceNode seq)) {
            errors.accept(where + ":" + line(root) + ": expected a top-level 'actors:' list");
            return empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : seq.getValue()) {
            try {
                entries.add(entry(item));
            } catch (Invalid e) {
                errors.accept(where + ":" + e.line + ": " + e.getMessage());
            }
        }
        return new ActorDictionary(entries);
    }

    private static Entry entry(Node node) throws Invalid {
        if (!(node instanceof MappingNode m)) {
            throw new Invalid(node, "an actor must be a mapping with at least 'name'");
        }
        checkKeys(m, ENTRY_KEYS);
        String name = scalar(m, "name");
        if (name == null || name.isBlank()) {
            throw new Invalid(node, "actor without a name");
        }
        ActorType type = ActorType.PERSON;
        String typeText = scalar(m, "type");
        if (typeText != null) {
            try {
                type = ActorType.valueOf(typeText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Invalid(value(m, "type"), "unknown type '" + typeText + "' (one of "
                        + List.of(ActorType.values()) + ")");
            }
        }
        List<Affiliation> affiliations = new ArrayList<>();
        if (value(m, "country") != null || value(m, "sector") != null || value(m, "role") != null
                || value(m, "from") != null || value(m, "to") != null) {
            affiliations.add(affiliation(m));
        }
        Node more = value(m, "affiliations");
        if (more != null) {
            if (!(more instanceof SequenceNode seq)) {
                throw new Invalid(more, "'affiliations' must be a list");
            }
            for (Node a : seq.getValue()) {
                if (!(a instanceof MappingNode am)) {
                    throw new Invalid(a, "an affiliation must be a mapping");
                }
                checkKeys(am, AFFILIATION_KEYS);
                affiliations.add(affiliation(am));
            }
        }
        return new Entry(name.strip(), type, strings(m, "aliases"), affiliations, strings(m, "distinct"), line(node));
    }

    private static Affiliation affiliation(MappingNode m) throws Invalid {
        String country = scalar(m, "country");
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new Invalid(value(m, "country"), "country must be an ISO 3166-1 alpha-3 code like LBY, got '" + country + "'");
        }
        String sector = scalar(m, "sector");
        if (sector != null && !Sectors.CODES.containsKey(sector)) {
            throw new Invalid(value(m, "sector"), "unknown sector '" + sector + "' (see sectors.tsv: "
                    + Sectors.CODES.keySet() + ")");
        }
        LocalDate from = date(m, "from");
        LocalDate to = date(m, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new Invalid(value(m, "to"), "'to' " + to + " is before 'from' " + from);
        }
        return new Affiliation(country, sector, scalar(m, "role"), from, to);
    }

    private static LocalDate date(MappingNode m, String key) throws Invalid {
        String text = scalar(m, key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(value(m, key), "'" + key + "' must be a date yyyy-mm-dd, got '" + text + "'");
        }
    }

    private static void checkKeys(MappingNode m, Set<String> allowed) throws Invalid {
        for (NodeTuple t : m.getValue()) {
            String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (k == null || !allowed.contains(k)) {
                throw new Invalid(t.getKeyNode(), "unknown field '" + k + "' (allowed: " + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(MappingNode m, String key) throws Invalid {
        Node v = value(m, key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            throw new Invalid(v, "'" + key + "' must be a single value");
        }
        return s.getValue().isEmpty() ? null : s.getValue();
    }

    private static List<String> strings(MappingNode m, String key) throws Invalid {
        Node v = value(m, key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof ScalarNode s) {
            return s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
        }
        if (!(v instanceof SequenceNode seq)) {
            throw new Invalid(v, "'" + key + "' must be a list of names");
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw new Invalid(n, "'" + key + "' must hold names");
            }
            out.add(s.getValue().strip());
        }
        return out;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static final class Invalid extends Exception {
        final int line;

        Invalid(Node node, String message) {
            super(message);
            this.line = node == null ? 0 : line(node);
        }
    }
}
