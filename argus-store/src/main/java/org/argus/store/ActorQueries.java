package org.argus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The corpus actors: the actors of every article merged by normalised name and type, then by the
 * analyst's dictionary (aliases, distinct names), acronyms other articles defined, and spellings of
 * one person's name ({@link ActorMerger}), with the evidence of each merge kept in actor_merge.
 */
final class ActorQueries {
    private final Database db;

    ActorQueries(Database db) {
        this.db = db;
    }

    /** Actors merged across articles by normalised name and type, most mentioned first. */
    List<CorpusActor> actors(Filters.ActorFilter filter) {
        String sql = "SELECT a.key, a.name_key, a.name, a.type, a.country, a.sector, a.role, ar.id, "
                + "(SELECT string_agg(m.text, " + db.dialect().separator() + " ORDER BY " + db.dialect().writeOrder("m") + ") FROM mention m "
                + "WHERE m.actor = a.key AND m.kind <> 'pronoun'), "
                + "(SELECT COUNT(*) FROM mention m WHERE m.actor = a.key) "
                + "FROM actor a JOIN article ar ON ar.key = a.article WHERE (? IS NULL OR a.type = ?) AND (? IS NULL OR a.country = ?) "
                + "ORDER BY a.name_key, ar.id, a.key";
        Map<String, Group> groups = new LinkedHashMap<>();
        db.read("list actors", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                Sql.bindTwice(ps, 1, Sql.upper(filter.type()));
                Sql.bindTwice(ps, 3, Sql.upper(filter.country()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Group g = groups.computeIfAbsent(rs.getString(2), Group::new);
                        g.add(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getInt(10));
                    }
                }
            }
            return null;
        });
        List<String[]> merges = new ArrayList<>();
        ActorDirectives directives = ActorDirectives.read(db);
        applyAliases(groups, directives, merges);
        mergeAcronyms(groups, directives, merges);
        mergeSpellings(groups, directives, merges);
        if (filter.type() == null && filter.country() == null && !db.readOnly()) {
            saveMerges(merges);
        }
        List<CorpusActor> out = new ArrayList<>();
        String needle = filter.name() == null ? null : filter.name().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            CorpusActor actor = entry.getValue().toActor(NameKey.slug(entry.getKey()));
            if (needle == null || actor.name().toLowerCase(Locale.ROOT).contains(needle)
                    || actor.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).contains(needle))) {
                out.add(actor);
            }
        }
        out.sort((x, y) -> x.mentions() != y.mentions() ? Integer.compare(y.mentions(), x.mentions()) : x.name().compareTo(y.name()));
        return out;
    }

    /**
     * An actor named only by an acronym ("XYZ") joins the actor that another article named in full and
     * also called by that acronym: the article that defined it is the evidence.
     */
    private static void mergeAcronyms(Map<String, Group> groups, ActorDirectives directives, List<String[]> merges) {
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
                    merges.add(new String[] {key, other.getKey(), full.evidence.get(full.evidence.size() - 1)});
                    groups.remove(key);
                    break;
                }
            }
        }
    }

    /** Keeps the merge decisions with their evidence in actor_merge (replacing the previous ones), in one transaction. */
    private void saveMerges(List<String[]> merges) {
        String now = java.time.Instant.now().toString();
        db.write("keep the actor merges", connection -> {
            try (Statement clear = connection.createStatement();
                 PreparedStatement ps = connection.prepareStatement("INSERT INTO actor_merge (from_key, into_key, evidence, decided_at) "
                         + "VALUES (?, ?, ?, ?) ON CONFLICT (from_key) DO UPDATE SET into_key = excluded.into_key, "
                         + "evidence = excluded.evidence, decided_at = excluded.decided_at")) {
                clear.executeUpdate("DELETE FROM actor_merge");
                for (String[] m : merges) {
                    ps.setString(1, m[0]);
                    ps.setString(2, m[1]);
                    ps.setString(3, m[2]);
                    ps.setString(4, now);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * The dictionary's aliases: an actor named by an alias joins the entry's actor (or, when no article
     * names the entry itself, becomes it), and takes the entry's name.
     */
    private static void applyAliases(Map<String, Group> groups, ActorDirectives directives, List<String[]> merges) {
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
            merges.add(new String[] {alias.aliasKey(), alias.entryKey(), evidence});
        }
    }

    /** People spelt differently across articles join, with the evidence kept (see {@link ActorMerger}). */
    private static void mergeSpellings(Map<String, Group> groups, ActorDirectives directives, List<String[]> merges) {
        List<ActorMerger.Candidate> candidates = new ArrayList<>();
        groups.forEach((k, g) -> candidates.add(new ActorMerger.Candidate(k, g.top(), g.type, Group.top(g.countries),
                Group.top(g.roles), g.articles.size() * 1000 + g.mentions)));
        for (ActorMerger.Merge m : ActorMerger.merges(candidates, (a, b) -> directives.apart(groups.get(a).keys, groups.get(b).keys))) {
            Group into = groups.get(m.into());
            Group from = groups.get(m.from());
            if (into != null && from != null && into != from) {
                into.absorb(from);
                into.evidence.add(m.evidence());
                merges.add(new String[] {m.from(), m.into(), m.evidence()});
                groups.remove(m.from());
            }
        }
    }

    /** The merges behind the last full listing of actors: {from name key, into name key, evidence}. */
    List<String[]> mergeEvidence() {
        return db.read("read the actor merges", connection -> {
            List<String[]> out = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT from_key, into_key, evidence FROM actor_merge ORDER BY into_key, from_key")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            return out;
        });
    }

    /** Per-article actors being merged into one corpus actor. */
    private static final class Group {
        /** The name keys of the stored actors in the group. */
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

        Group(String key) {
            keys.add(key);
        }

        void add(String name, String actorType, String country, String sector, String role, String article, String texts, int count) {
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
            if (texts != null) {
                mentionTexts.addAll(List.of(texts.split("\u001f")));
            }
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

        CorpusActor toActor(String id) {
            String name = top();
            List<String> aliases = mentionTexts.stream().filter(t -> !t.equals(name)).toList();
            return new CorpusActor(id, name, type, top(countries), top(sectors), top(roles), aliases, mentions, List.copyOf(articles),
                    List.copyOf(evidence));
        }

        private static String top(Map<String, Integer> counts) {
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }
}
