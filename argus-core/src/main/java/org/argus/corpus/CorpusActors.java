package org.argus.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus actors: the actors of every article grouped by name key ({@link NameKey}), then merged by
 * the analyst's dictionary (aliases, distinct names: {@link ActorDirectives}), by acronyms other
 * articles defined, and by spellings of one person's name ({@link ActorMerger}), each merge with its
 * evidence. The store runs it over its tables and the Spark job over its outputs, so both give the
 * same actors. Not thread-safe: a run owns its groups.
 */
public final class CorpusActors {
    /** One corpus actor: its name, the most frequent country, sector and role, and why it was merged. */
    public record Actor(String id, String name, String type, String country, String sector, String role, List<String> aliases,
                        int mentions, List<String> articles, List<String> evidence) {
    }

    /** {@code from} (a name key) joined {@code into}, because of {@code evidence}. */
    public record Merge(String from, String into, String evidence) {
    }

    private CorpusActors() {
    }

    /**
     * Merges {@code groups} (name key to group, in name key order, as the per-article actors filled
     * them) in place: the dictionary's aliases, then acronyms, then spellings. Returns the merges in
     * the order they were made.
     */
    public static List<Merge> merge(Map<String, Group> groups, ActorDirectives directives) {
        List<Merge> merges = new ArrayList<>();
        applyAliases(groups, directives, merges);
        mergeAcronyms(groups, directives, merges);
        mergeSpellings(groups, directives, merges);
        return merges;
    }

    /** The actors of merged groups, most mentioned first, then by name. */
    public static List<Actor> actors(Map<String, Group> groups) {
        List<Actor> out = new ArrayList<>();
        groups.forEach((key, g) -> out.add(g.toActor(NameKey.slug(key))));
        out.sort((x, y) -> x.mentions() != y.mentions() ? Integer.compare(y.mentions(), x.mentions()) : x.name().compareTo(y.name()));
        return out;
    }

    /**
     * An actor named only by an acronym ("XYZ") joins the actor that another article named in full and
     * also called by that acronym: the article that defined it is the evidence.
     */
    private static void mergeAcronyms(Map<String, Group> groups, ActorDirectives directives, List<Merge> merges) {
        for (String key : new ArrayList<>(groups.keySet())) {
            Group acronym = groups.get(key);
            String name = acronym.top();
            if (!name.matches("[A-Z][A-Z.]{1,9}")) {
                continue;
            }
            for (Map.Entry<String, Group> other : groups.entrySet()) {
                Group full = other.getValue();
                if (full != acronym && full.type.equals(acronym.type) && !full.top().equals(name) && full.mentionTexts.contains(name)
                        && !directives.apart(full.keys, acronym.keys)) {
                    full.absorb(acronym);
                    full.evidence.add("'" + name + "' is the acronym another article defined for '" + full.top() + "'");
                    merges.add(new Merge(key, other.getKey(), full.evidence.get(full.evidence.size() - 1)));
                    groups.remove(key);
                    break;
                }
            }
        }
    }

    /**
     * The dictionary's aliases: an actor named by an alias joins the entry's actor (or, when no article
     * names the entry itself, becomes it), and takes the entry's name.
     */
    private static void applyAliases(Map<String, Group> groups, ActorDirectives directives, List<Merge> merges) {
        for (ActorDirectives.Alias alias : directives.aliases()) {
            Group from = groups.get(alias.aliasKey());
            if (from == null) {
                continue;
            }
            String evidence = "the actor dictionary (" + alias.source() + ") lists '" + from.top() + "' as an alias of '" + alias.name() + "'";
            Group into = groups.get(alias.entryKey());
            groups.remove(alias.aliasKey());
            if (into == null) {
                into = from;
                into.keys.add(alias.entryKey());
                groups.put(alias.entryKey(), into);
            } else {
                into.absorb(from);
            }
            into.fixedName = alias.name();
            into.evidence.add(evidence);
            merges.add(new Merge(alias.aliasKey(), alias.entryKey(), evidence));
        }
    }

    /** People spelt differently across articles join, with the evidence kept (see {@link ActorMerger}). */
    private static void mergeSpellings(Map<String, Group> groups, ActorDirectives directives, List<Merge> merges) {
        List<ActorMerger.Candidate> candidates = new ArrayList<>();
        groups.forEach((k, g) -> candidates.add(new ActorMerger.Candidate(k, g.top(), g.type, Group.top(g.countries),
                Group.top(g.roles), g.articles.size() * 1000 + g.mentions)));
        for (ActorMerger.Merge m : ActorMerger.merges(candidates, (a, b) -> directives.apart(groups.get(a).keys, groups.get(b).keys))) {
            Group into = groups.get(m.into());
            Group from = groups.get(m.from());
            if (into != null && from != null && into != from) {
                into.absorb(from);
                into.evidence.add(m.evidence());
                merges.add(new Merge(m.from(), m.into(), m.evidence()));
                groups.remove(m.from());
            }
        }
    }

    /** Per-article actors being merged into one corpus actor. Fill it in article order. */
    public static final class Group {
        /** The name keys of the per-article actors in the group. */
        private final Set<String> keys = new LinkedHashSet<>();
        /** The name the actor dictionary gives it, which wins over the most frequent spelling. */
        private String fixedName;
        private final Map<String, Integer> names = new LinkedHashMap<>();
        private final Map<String, Integer> countries = new LinkedHashMap<>();
        private final Map<String, Integer> sectors = new LinkedHashMap<>();
        private final Map<String, Integer> roles = new LinkedHashMap<>();
        private final LinkedHashSet<String> mentionTexts = new LinkedHashSet<>();
        private final LinkedHashSet<String> articles = new LinkedHashSet<>();
        private final List<String> evidence = new ArrayList<>();
        private String type;
        private int mentions;

        public Group(String key) {
            keys.add(key);
        }

        /**
         * Adds one article's actor of this name key.
         *
         * @param mentionTexts the texts of its mentions other than pronouns, in text order
         * @param count        all its mentions, pronouns included
         */
        public void add(String name, String actorType, String country, String sector, String role, String article,
                        List<String> mentionTexts, int count) {
            names.merge(name, 1, Integer::sum);
            if (country != null) {
                countries.merge(country, 1, Integer::sum);
            }
            if (sector != null) {
                sectors.merge(sector, 1, Integer::sum);
            }
            if (role != null) {
                roles.merge(role, 1, Integer::sum);
            }
            this.mentionTexts.addAll(mentionTexts);
            articles.add(article);
            type = actorType;
            mentions += count;
        }

        String top() {
            return fixedName != null ? fixedName : top(names);
        }

        void absorb(Group other) {
            keys.addAll(other.keys);
            if (fixedName == null) {
                fixedName = other.fixedName;
            }
            other.names.forEach((n, c) -> names.merge(n, 0, Integer::sum));
            other.countries.forEach((n, c) -> countries.merge(n, c, Integer::sum));
            other.sectors.forEach((n, c) -> sectors.merge(n, c, Integer::sum));
            other.roles.forEach((n, c) -> roles.merge(n, c, Integer::sum));
            mentionTexts.addAll(other.mentionTexts);
            articles.addAll(other.articles);
            mentions += other.mentions;
            evidence.addAll(other.evidence);
        }

        Actor toActor(String id) {
            String name = top();
            List<String> aliases = mentionTexts.stream().filter(t -> !t.equals(name)).toList();
            return new Actor(id, name, type, top(countries), top(sectors), top(roles), aliases, mentions, List.copyOf(articles),
                    List.copyOf(evidence));
        }

        private static String top(Map<String, Integer> counts) {
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }
}
