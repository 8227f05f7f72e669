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
 * Applies the numbered schema scripts in order, each in its own transaction, and records them in
 * {@code schema_version}. Each database has its own copy of every script, under the same name, in
 * its dialect's folder ({@code migrations/} for SQLite, {@code migrations/postgresql/}). Each step
 * holds the migration lock while it reads the version and applies the next script, so processes
 * opening one new database at once apply every script once.
 */
final class Migrations {
    /** One script: the schema version it makes and its file name. */
    record Script(int version, String name) {
    }

    /** The scripts, in version order. Version 8 belongs to the full-text search of articles (issue 24). */
    static final List<Script> SCRIPTS = List.of(new Script(1, "V1__corpus.sql"), new Script(2, "V2__article_metadata.sql"),
            new Script(3, "V3__event_modality.sql"), new Script(4, "V4__actors.sql"), new Script(5, "V5__near_duplicates.sql"),
            new Script(6, "V6__actor_decisions.sql"), new Script(7, "V7__event_objects.sql"), new Script(8, "V8__article_search.sql"),
            new Script(9, "V9__feeds.sql"), new Script(10, "V10__mention_trace.sql"));

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.get(SCRIPTS.size() - 1).version();
    }

    /** Brings the schema up to date, one script a transaction under the migration lock. */
    static void apply(Database db) {
        for (int attempt = 0; ; attempt++) {
            try {
                while (db.transaction(c -> step(c, db.dialect(), latest()), true)) {
                    // one script applied; look again under the lock
                }
                return;
            } catch (SQLException e) {
                if (!db.dialect().transientFailure(e) || attempt >= Database.MAX_RETRIES) {
                    throw db.failure("bring the schema of " + db.location() + " up to date", e);
                }
            }
            Database.pause(attempt);
        }
    }

    /** Checks, without writing, that a database opened read-only has the current schema. */
    static void check(Database db) {
        int current = db.read("read the schema version of " + db.location(), c -> {
            try (ResultSet rs = c.getMetaData().getTables(null, null, "schema_version", null)) {
                if (!rs.next()) {
                    return 0;
                }
            }
            return current(c);
        });
        newer(current);
        if (current < latest()) {
            throw new StoreException(db.location() + " has schema version " + current + " and this Argus needs " + latest()
                    + ", but it is read-only here: run 'argus ingest' once where its folder can be written, to upgrade it");
        }
    }

    /**
     * Applies the scripts up to {@code target} on a connection in auto-commit mode (tests build older
     * databases with it), each in its own transaction under the migration lock.
     */
    static void applyUpTo(Connection connection, Dialect dialect, int target) throws SQLException {
        while (true) {
            dialect.beginMigration(connection);
            boolean applied;
            try {
                applied = step(connection, dialect, target);
                dialect.commit(connection);
            } catch (SQLException | RuntimeException e) {
                dialect.rollback(connection);
                throw e;
            }
            if (!applied) {
                return;
            }
        }
    }

    /** Inside the migration transaction: applies the next script up to {@code target}; false when there is none. */
    private static boolean step(Connection connection, Dialect dialect, int target) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = current(connection);
        newer(current);
        Script next = SCRIPTS.stream().filter(s -> s.version() > current && s.version() <= target).findFirst().orElse(null);
        if (next == null) {
            return false;
        }
        String script = read(dialect.migrations() + next.name());
        try (Statement st = connection.createStatement()) {
            for (String sql : script.split(";\\s*(\\n|$)")) {
                String stripped = sql.replaceAll("(?m)^--.*$", "").strip();
                if (!stripped.isEmpty()) {
                    st.executeUpdate(stripped);
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
            ps.setInt(1, next.version());
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
        }
        return true;
    }

    private static void newer(int current) {
        if (current > latest()) {
            throw new StoreException("the database has schema version " + current + ", newer than this Argus knows ("
                    + latest() + "); use a newer Argus");
        }
    }

    static int current(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String read(String path) {
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
