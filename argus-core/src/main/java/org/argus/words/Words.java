package org.argus.words;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The word lists the rules read, as data: list {@code stage/name} is the resource
 * {@code /org/argus/stage/words/name.txt}, one lower-cased word or phrase a line (a table's lines are
 * {@code key<TAB>value}). An analyst extends them without Java with a file of
 * {@code stage/name<TAB>word} lines ({@code stage/name<TAB>-word} takes a shipped word out), given
 * with {@code --words}. Immutable once built; lists are read on first use. Thread-safe.
 */
public final class Words {
    private final Map<String, List<String>> added;
    private final Map<String, Set<String>> removed;
    private final Map<String, Set<String>> sets = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> tables = new ConcurrentHashMap<>();

    private Words(Map<String, List<String>> added, Map<String, Set<String>> removed) {
        this.added = added;
        this.removed = removed;
    }

    /** The shipped lists only. */
    public static Words shipped() {
        return new Words(Map.of(), Map.of());
    }

    /**
     * The shipped lists with a user's additions and removals; each bad line (unknown list, no word)
     * is reported to {@code errors} as {@code file:line: reason} and skipped.
     */
    public static Words withUserFile(Path file, Consumer<String> errors) throws IOException {
        Map<String, List<String>> added = new LinkedHashMap<>();
        Map<String, Set<String>> removed = new HashMap<>();
        for (Lines.Line line : Lines.file(file)) {
            String[] f = line.fields();
            if (f.length < 2 || f[1].isBlank()) {
                errors.accept(line.where() + ": expected 'list<TAB>word' (for instance 'quotes/cues<TAB>aver')");
                continue;
            }
            String list = f[0].strip();
            if (!list.matches("[a-z]+/[a-z0-9-]+") || !Lines.exists(resource(list))) {
                errors.accept(line.where() + ": no word list named '" + list + "' (see docs/rules.md for the lists)");
                continue;
            }
            String word = f[1].strip();
            String value = f.length > 2 ? "\t" + f[2].strip() : "";
            if (word.startsWith("-")) {
                removed.computeIfAbsent(list, k -> new HashSet<>()).add(word.substring(1).toLowerCase(Locale.ROOT));
            } else {
                added.computeIfAbsent(list, k -> new java.util.ArrayList<>()).add(word + value);
            }
        }
        return new Words(added, removed);
    }

    /** The lower-cased words of list {@code name} ("events/time-words"); fails when there is no such list. */
    public Set<String> set(String name) {
        return sets.computeIfAbsent(name, n -> {
            Set<String> out = new HashSet<>();
            for (String line : lines(n)) {
                out.add(line.split("\t", 2)[0].toLowerCase(Locale.ROOT));
            }
            out.removeAll(removed.getOrDefault(n, Set.of()));
            return Set.copyOf(out);
        });
    }

    /**
     * The lower-cased words of list {@code name} in the order of its file (the user's additions after
     * the shipped ones, each word once): for lists whose order matters, such as an order of trust.
     */
    public List<String> list(String name) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String line : lines(name)) {
            out.add(line.split("\t", 2)[0].toLowerCase(Locale.ROOT));
        }
        out.removeAll(removed.getOrDefault(name, Set.of()));
        return List.copyOf(out);
    }

    /** Table {@code name}: the first field of each line (lower-cased) to the second; a later line wins. */
    public Map<String, String> table(String name) {
        return tables.computeIfAbsent(name, n -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : lines(n)) {
                String[] f = line.split("\t", 2);
                if (f.length < 2) {
                    throw new IllegalStateException("word table " + n + ": '" + line + "' has no value after a tab");
                }
                out.put(f[0].toLowerCase(Locale.ROOT), f[1].strip());
            }
            removed.getOrDefault(n, Set.of()).forEach(out::remove);
            return Map.copyOf(out);
        });
    }

    private List<String> lines(String name) {
        List<String> out = new java.util.ArrayList<>();
        for (Lines.Line line : Lines.resource(resource(name))) {
            out.add(line.text());
        }
        out.addAll(added.getOrDefault(name, List.of()));
        return out;
    }

    /** The resource holding list {@code name}. */
    static String resource(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a word list is named stage/name, got '" + name + "'");
        }
        return "/org/argus/" + name.substring(0, slash) + "/words/" + name.substring(slash + 1) + ".txt";
    }
}
