package org.argus.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argus.actors.ActorDictionary;

/**
 * The analyst's hand decisions on corpus actors, taken from the actor dictionary: an alias joins the
 * entry's actor across the corpus, and a name the entry lists as {@code distinct} is never joined
 * with it by any automatic merge. The store keeps the {@link Row}s in a table; the Spark job makes
 * them from the dictionary it was given. Immutable.
 */
public final class ActorDirectives {
    /** The actor named {@code aliasKey} is the dictionary's {@code entryKey}, called {@code name}. */
    public record Alias(String aliasKey, String entryKey, String name, String source) {
    }

    /**
     * One decision as kept: {@code kind} "alias" ({@code otherKey} is an alias of {@code nameKey}) or
     * "distinct" (the two are never one); {@code source} is the dictionary's file and line.
     */
    public record Row(String kind, String nameKey, String otherKey, String name, String source) {
    }

    private static final ActorDirectives NONE = new ActorDirectives(List.of(), Set.of());

    private final List<Alias> aliases;
    private final Set<String> apart;

    private ActorDirectives(List<Alias> aliases, Set<String> apart) {
        this.aliases = List.copyOf(aliases);
        this.apart = Set.copyOf(apart);
    }

    /** No decisions. */
    public static ActorDirectives none() {
        return NONE;
    }

    /** The decisions of {@code rows}, applied in the order given. */
    public static ActorDirectives of(List<Row> rows) {
        List<Alias> aliases = new ArrayList<>();
        Set<String> apart = new HashSet<>();
        for (Row r : rows) {
            if (r.kind().equals("alias")) {
                aliases.add(new Alias(r.otherKey(), r.nameKey(), r.name(), r.source()));
            } else {
                apart.add(pair(r.nameKey(), r.otherKey()));
            }
        }
        return new ActorDirectives(aliases, apart);
    }

    /**
     * The rows of {@code dictionary} (read from {@code file}): one per alias and distinct name that is
     * not the entry's own name, the first of equal (kind, name, other) kept, in the order the store
     * reads them back (by source, then other name key).
     */
    public static List<Row> rows(ActorDictionary dictionary, String file) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (ActorDictionary.Entry e : dictionary.entries()) {
            String type = e.type().name();
            String key = NameKey.of(e.name(), type);
            String source = file + ":" + e.line();
            for (String alias : e.aliases()) {
                add(rows, new Row("alias", key, NameKey.of(alias, type), e.name(), source));
            }
            for (String other : e.distinct()) {
                add(rows, new Row("distinct", key, NameKey.of(other, type), e.name(), source));
            }
        }
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparing(Row::source).thenComparing(Row::otherKey));
        return out;
    }

    private static void add(Map<String, Row> rows, Row row) {
        if (!row.nameKey().equals(row.otherKey())) {
            rows.putIfAbsent(row.kind() + "\u0000" + row.nameKey() + "\u0000" + row.otherKey(), row);
        }
    }

    public List<Alias> aliases() {
        return aliases;
    }

    /** True when a name of one group and a name of the other are kept apart by the dictionary. */
    public boolean apart(Collection<String> keys, Collection<String> otherKeys) {
        if (apart.isEmpty()) {
            return false;
        }
        for (String a : keys) {
            for (String b : otherKeys) {
                if (apart.contains(pair(a, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
