package org.argus.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argus.model.EventType;

/**
 * The predicates that signal events: lemma and part of speech to PLOVER type and mode. Loaded from a
 * tab-separated file and checked line by line; a bad line fails the load naming its line number.
 * Immutable and thread-safe.
 */
public final class Lexicon {
    /**
     * One predicate. {@code particle} is the preposition or particle a phrasal verb needs, or for a
     * noun the modifier a compound needs ("hunger" of "hunger strike"), or null. {@code object} is
     * the lemma a verb's object must have for this sense ("meet" a demand), or null. {@code type}
     * is null for a sense that is no event at all ("meet the deadline", "released a statement").
     */
    public record Entry(String lemma, String particle, String object, boolean verb, EventType type, String mode) {
        /** The name of this entry in an event's {@code rule}. */
        public String describe() {
            if (!verb && particle != null) {
                return particle + " " + lemma + "/noun";
            }
            return lemma + (particle == null ? "" : "+" + particle) + (object == null ? "" : ">" + object)
                    + "/" + (verb ? "verb" : "noun");
        }
    }

    private final Map<String, List<Entry>> verbs;
    private final Map<String, List<Entry>> nouns;

    private Lexicon(Map<String, List<Entry>> verbs, Map<String, List<Entry>> nouns) {
        this.verbs = verbs;
        this.nouns = nouns;
    }

    /** The lexicon shipped with Argus. */
    public static Lexicon load() {
        String path = "/org/argus/events/lexicon.tsv";
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("event lexicon missing from the build: " + path);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "lexicon.tsv");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** Parses a lexicon; {@code name} is used in error messages; the first bad line fails the load. */
    public static Lexicon parse(Reader reader, String name) throws IOException {
        return parse(reader, name, message -> {
            throw new IllegalArgumentException(message);
        });
    }

    /**
     * Reads an analyst's lexicon file: each bad line is given to {@code problems} as "file:line:
     * reason" and skipped, the good lines are kept.
     */
    public static Lexicon read(java.nio.file.Path file, java.util.function.Consumer<String> problems) throws IOException {
        try (Reader in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString(), problems);
        }
    }

    /**
     * This lexicon with {@code added}'s lines: a line for a predicate this one has (same lemma,
     * particle or modifier, object and part of speech) replaces it, the others are new.
     */
    public Lexicon with(Lexicon added) {
        Map<String, List<Entry>> v = merged(verbs, added.verbs);
        Map<String, List<Entry>> n = merged(nouns, added.nouns);
        return new Lexicon(v, n);
    }

    private static Map<String, List<Entry>> merged(Map<String, List<Entry>> base, Map<String, List<Entry>> added) {
        Map<String, List<Entry>> out = new HashMap<>();
        base.forEach((k, list) -> out.put(k, new ArrayList<>(list)));
        added.forEach((k, list) -> {
            List<Entry> into = out.computeIfAbsent(k, x -> new ArrayList<>());
            for (Entry e : list) {
                into.removeIf(o -> java.util.Objects.equals(o.particle(), e.particle()) && java.util.Objects.equals(o.object(), e.object()));
                into.add(e);
            }
        });
        out.replaceAll((k, list) -> List.copyOf(list));
        return Map.copyOf(out);
    }

    private static Lexicon parse(Reader reader, String name, java.util.function.Consumer<String> problems) throws IOException {
        Map<String, List<Entry>> verbs = new HashMap<>();
        Map<String, List<Entry>> nouns = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        Map<String, Integer> seen = new HashMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                parseLine(line, name, number, seen, verbs, nouns);
            } catch (IllegalArgumentException e) {
                problems.accept(e.getMessage());
            }
        }
        verbs.replaceAll((k, v) -> List.copyOf(v));
        nouns.replaceAll((k, v) -> List.copyOf(v));
        return new Lexicon(Map.copyOf(verbs), Map.copyOf(nouns));
    }

    private static void parseLine(String line, String name, int number, Map<String, Integer> seen, Map<String, List<Entry>> verbs,
            Map<String, List<Entry>> nouns) {
        String[] cells = line.split("\t");
        if (cells.length != 4) {
            throw new IllegalArgumentException(name + ":" + number + ": expected 4 tab-separated columns, found " + cells.length);
        }
        String[] withObject = cells[0].strip().toLowerCase(Locale.ROOT).split(">", -1);
        if (withObject.length > 2 || withObject.length == 2 && !withObject[1].matches("[\\p{L}-]+")) {
            throw new IllegalArgumentException(name + ":" + number + ": an object is one lemma after a single '>', as in 'meet>demand'");
        }
        String object = withObject.length == 2 ? withObject[1] : null;
        String[] lemma = withObject[0].split("\\+", 2);
        boolean verb = switch (cells[1].strip()) {
            case "verb" -> true;
            case "noun" -> false;
            default -> throw new IllegalArgumentException(name + ":" + number + ": part of speech must be verb or noun, not '" + cells[1] + "'");
        };
        if (object != null && !verb) {
            throw new IllegalArgumentException(name + ":" + number + ": only a verb can require an object");
        }
        EventType type = null;
        if (cells[2].strip().equals("-")) {
            if (object == null) {
                throw new IllegalArgumentException(name + ":" + number + ": '-' (no event) needs an object, as in 'meet>deadline'");
            }
        } else {
            try {
                type = EventType.valueOf(cells[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + number + ": '" + cells[2] + "' is not a PLOVER type", e);
            }
        }
        String mode = cells[3].strip().equals("-") ? null : cells[3].strip();
        Entry entry;
        int space = lemma[0].lastIndexOf(' ');
        if (!verb && lemma.length == 1 && space > 0) {
            // "hunger strike": the head noun, fired only with that modifier
            entry = new Entry(lemma[0].substring(space + 1), lemma[0].substring(0, space), null, false, type, mode);
            lemma[0] = entry.lemma();
        } else {
            entry = new Entry(lemma[0], lemma.length > 1 ? lemma[1] : null, object, verb, type, mode);
        }
        Integer earlier = seen.putIfAbsent(cells[0].strip().toLowerCase(Locale.ROOT) + "\t" + cells[1].strip(), number);
        if (earlier != null) {
            throw new IllegalArgumentException(name + ":" + number + ": '" + cells[0].strip() + "' (" + cells[1].strip()
                    + ") is already defined at line " + earlier + "; one line per predicate");
        }
        (verb ? verbs : nouns).computeIfAbsent(lemma[0], k -> new ArrayList<>()).add(entry);
    }

    /** The verb entries of {@code lemma}, in file order (empty when none). */
    public List<Entry> verbs(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** The noun entries of a lemma or word, in file order (empty when none). */
    public List<Entry> nouns(String lemmaOrWord) {
        return nouns.getOrDefault(lemmaOrWord.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every lemma that can trigger an event, verb or noun. */
    public java.util.Set<String> lemmas() {
        java.util.Set<String> all = new java.util.HashSet<>(verbs.keySet());
        all.addAll(nouns.keySet());
        return java.util.Set.copyOf(all);
    }

    public int size() {
        return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
    }
}
