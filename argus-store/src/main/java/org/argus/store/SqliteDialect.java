package org.argus.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The corpus in one SQLite file (through sqlite-jdbc), in WAL mode so readers never wait for a
 * writer. Several processes may write to one file: each write transaction begins IMMEDIATE, so a
 * writer takes the file's write lock before it reads anything and waits up to {@link #BUSY_TIMEOUT_MS}
 * for another's transaction to end, instead of failing on a read lock it cannot upgrade. A folder
 * the user cannot write is opened read-only (queries only; the schema must be current).
 */
final class SqliteDialect implements Dialect {
    /** How long one statement waits for another process's write lock before failing as busy. */
    static final int BUSY_TIMEOUT_MS = 30_000;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String migrations() {
        return "/org/argus/store/migrations/";
    }

    @Override
    public String separator() {
        return "char(31)";
    }

    @Override
    public String writeOrder(String alias) {
        return alias + ".rowid";
    }

    @Override
    public ConnectionSource connect(StoreLocation location, boolean readOnly) throws SQLException {
        Path file = location.file().toAbsolutePath();
        Path folder = file.getParent();
        if (readOnly && Files.exists(file) && !(Files.isWritable(file) && (folder == null || Files.isWritable(folder)))) {
            return new Single(openReadOnly(file), true);
        }
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            configure(c);
            // a new file: two processes may both try to switch it to WAL; the second waits its turn
            walMode(c);
            return new Single(c, false);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Switches a file to WAL mode (kept in the file). Two processes opening a new file may both try at
     * once, and the switch does not wait for the other's lock: the second tries again, as
     * {@link Database#write} does for a busy write.
     */
    private void walMode(Connection c) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                if (!transientFailure(e) || attempt >= Database.MAX_RETRIES) {
                    throw e;
                }
                Database.pause(attempt);
            }
        }
    }

    /** A database in memory, gone when closed. */
    ConnectionSource memory() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        configure(c);
        return new Single(c, false);
    }

    private static void configure(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            st.execute("PRAGMA foreign_keys=ON");
        }
    }

    /**
     * A file in a folder the user cannot write: read-only, and, when the WAL's shared-memory file
     * cannot be made there, as an immutable file (no other process can be writing it from here).
     */
    private static Connection openReadOnly(Path file) throws SQLException {
        String uri = file.toUri().toString();
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + uri + "?mode=ro");
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            st.executeQuery("SELECT COUNT(*) FROM sqlite_master").close();
            return c;
        } catch (SQLException e) {
            c.close();
            if ((e.getErrorCode() & 0xff) != SQLITE_CANTOPEN) {
                throw e;
            }
        }
        return DriverManager.getConnection("jdbc:sqlite:" + uri + "?mode=ro&immutable=1");
    }

    @Override
    public PreparedStatement insertReturningKey(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    @Override
    public void beginWrite(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        }
    }

    @Override
    public void beginMigration(Connection c) throws SQLException {
        beginWrite(c);
    }

    @Override
    public void commit(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("COMMIT");
        }
    }

    @Override
    public void rollback(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls a transaction back by itself on some errors (a full disk): nothing is left to undo
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                throw e;
            }
        }
    }

    @Override
    public boolean transientFailure(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    @Override
    public boolean diskFull(SQLException e) {
        return (e.getErrorCode() & 0xff) == SQLITE_FULL;
    }

    /** The one connection to the file; the store that owns it is used by one thread at a time. */
    private static final class Single implements ConnectionSource {
        private final Connection connection;
        private final boolean readOnly;
        private final Lease lease;

        Single(Connection connection, boolean readOnly) {
            this.connection = connection;
            this.readOnly = readOnly;
            this.lease = new Lease() {
                @Override
                public Connection connection() {
                    return connection;
                }

                @Override
                public void close() {
                    // the connection stays open for the store's next operation
                }
            };
        }

        @Override
        public Lease lease() {
            return lease;
        }

        @Override
        public boolean readOnly() {
            return readOnly;
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close the database: " + e.getMessage(), e);
            }
        }
    }
}
