package org.argus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argus.corpus.CorpusActors;

/**
 * The corpus actors: the stored actors of every article, merged by {@link CorpusActors} (name key,
 * the analyst's dictionary, acronyms, spellings), with the evidence of each merge kept in actor_merge.
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
        Map<String, CorpusActors.Group> groups = new LinkedHashMap<>();
        db.read("list actors", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                Sql.bindTwice(ps, 1, Sql.upper(filter.type()));
                Sql.bindTwice(ps, 3, Sql.upper(filter.country()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CorpusActors.Group g = groups.computeIfAbsent(rs.getString(2), CorpusActors.Group::new);
                        g.add(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                Sql.split(rs.getString(9)), rs.getInt(10));
                    }
                }
            }
            return null;
        });
        List<CorpusActors.Merge> merges = CorpusActors.merge(groups, ActorDirectives.read(db));
        if (filter.type() == null && filter.country() == null && !db.readOnly()) {
            saveMerges(merges);
        }
        List<CorpusActor> out = new ArrayList<>();
        String needle = filter.name() == null ? null : filter.name().toLowerCase(Locale.ROOT);
        for (CorpusActors.Actor a : CorpusActors.actors(groups)) {
            CorpusActor actor = new CorpusActor(a.id(), a.name(), a.type(), a.country(), a.sector(), a.role(), a.aliases(), a.mentions(),
                    a.articles(), a.evidence());
            if (needle == null || actor.name().toLowerCase(Locale.ROOT).contains(needle)
                    || actor.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).contains(needle))) {
                out.add(actor);
            }
        }
        return out;
    }

    /** Keeps the merge decisions with their evidence in actor_merge (replacing the previous ones), in one transaction. */
    private void saveMerges(List<CorpusActors.Merge> merges) {
        String now = java.time.Instant.now().toString();
        db.write("keep the actor merges", connection -> {
            try (Statement clear = connection.createStatement();
                 PreparedStatement ps = connection.prepareStatement("INSERT INTO actor_merge (from_key, into_key, evidence, decided_at) "
                         + "VALUES (?, ?, ?, ?) ON CONFLICT (from_key) DO UPDATE SET into_key = excluded.into_key, "
                         + "evidence = excluded.evidence, decided_at = excluded.decided_at")) {
                clear.executeUpdate("DELETE FROM actor_merge");
                for (CorpusActors.Merge m : merges) {
                    ps.setString(1, m.from());
                    ps.setString(2, m.into());
                    ps.setString(3, m.evidence());
                    ps.setString(4, now);
                    ps.executeUpdate();
                }
            }
            return null;
        });
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
}
