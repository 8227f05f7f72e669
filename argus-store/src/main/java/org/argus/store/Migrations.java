package org.argus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Applies the numbered schema scripts under {@code org/argus/store/migrations/} in order, each in its
 * own transaction, and records them in {@code schema_version}.
 */
final class Migrations {
    /** The scripts, in order; version N is {@code SCRIPTS.get(N - 1)}. */
    static final List<String> SCRIPTS = List.of("V1__corpus.sql", "V2__article_metadata.sql", "V3__event_modality.sql",
            "V4__actors.sql", "V5__near_duplicates.sql", "V6__actor_decisions.sql", "V7__event_objects.sql",
            "V8__article_search.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    static void apply(Connection connection) throws SQLException {
        applyUpTo(connection, latest());
    }

    /** Applies the scripts up to {@code target} (tests build older databases with it). */
    static void applyUpTo(Connection connection, int target) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = current(connection);
        if (current > latest()) {
            throw new StoreException("the database has schema version " + current + ", newer than this Argus knows ("
                    + latest() + "); use a newer Argus");
        }
        for (int version = current + 1; version <= target; version++) {
            String script = read(SCRIPTS.get(version - 1));
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : script.split(";\\s*(\\n|$)")) {
                    String stripped = sql.replaceAll("(?m)^--.*$", "").strip();
                    if (!stripped.isEmpty()) {
                        st.executeUpdate(stripped);
                    }
                }
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, Instant.now().toString());
                    ps.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    static int current(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String read(String name) {
        String path = "/org/argus/store/migrations/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("migration script missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + path, e);
        }
    }
}
