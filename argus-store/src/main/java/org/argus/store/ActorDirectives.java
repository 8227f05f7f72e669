package org.argus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.argus.actors.ActorDictionary;
import org.argus.corpus.ActorDirectives.Row;

/**
 * Keeps the analyst's hand decisions on corpus actors ({@link org.argus.corpus.ActorDirectives}) in
 * {@code actor_directive}, and reads them back.
 */
final class ActorDirectives {
    private ActorDirectives() {
    }

    static org.argus.corpus.ActorDirectives read(Database db) {
        List<Row> rows = new ArrayList<>();
        db.read("read the actor dictionary's decisions", connection -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT kind, name_key, other_key, name, source FROM actor_directive "
                         + "ORDER BY source, other_key, name_key, kind")) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return null;
        });
        return org.argus.corpus.ActorDirectives.of(rows);
    }

    /** Replaces the stored decisions by those of {@code dictionary} (read from {@code file}), in one transaction. */
    static void save(Database db, ActorDictionary dictionary, String file) {
        db.write("keep the actor dictionary's decisions", connection -> {
            try (Statement clear = connection.createStatement();
                 PreparedStatement ps = connection.prepareStatement("INSERT INTO actor_directive (kind, name_key, other_key, name, source) "
                         + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                clear.executeUpdate("DELETE FROM actor_directive");
                for (Row r : org.argus.corpus.ActorDirectives.rows(dictionary, file)) {
                    ps.setString(1, r.kind());
                    ps.setString(2, r.nameKey());
                    ps.setString(3, r.otherKey());
                    ps.setString(4, r.name());
                    ps.setString(5, r.source());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }
}
