package org.argus.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The corpus in a PostgreSQL database, through a HikariCP pool. Several processes may ingest at
 * once: a write transaction first locks the article table against other writers (readers go on),
 * so articles are stored one after another as in SQLite, and two processes storing one article (or
 * one text) replace rather than duplicate it. Migrations run under a transaction-scoped advisory
 * lock. A transient failure (deadlock, serialization failure, lost connection) is tried again by
 * {@link Database#write}.
 */
final class PostgresDialect implements Dialect {
    /** The advisory lock key migrations hold (any number; "Argus" in ASCII). */
    private static final long MIGRATION_LOCK = 0x4172677573L;
    /** Connections per process: the store is used by one thread at a time, the rest are slack for retries. */
    private static final int POOL_SIZE = 4;

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String migrations() {
        return "/org/argus/store/migrations/postgresql/";
    }

    @Override
    public String separator() {
        return "chr(31)";
    }

    @Override
    public String writeOrder(String alias) {
        return alias + ".key";
    }

    @Override
    public ConnectionSource connect(StoreLocation location, boolean readOnly) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setPoolName("argus");
        config.setConnectionTimeout(30_000);
        config.addDataSourceProperty("ApplicationName", "argus");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SQLException("cannot connect to " + location + ": " + cause.getMessage(), "08001", e);
        }
        return new Pool(pool);
    }

    @Override
    public PreparedStatement insertReturningKey(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql, new String[] {"key"});
    }

    @Override
    public void beginWrite(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE article IN SHARE ROW EXCLUSIVE MODE");
        }
    }

    @Override
    public void beginMigration(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
        }
    }

    @Override
    public void commit(Connection c) throws SQLException {
        c.commit();
        c.setAutoCommit(true);
    }

    @Override
    public void rollback(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Override
    public boolean transientFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.equals("40001") || state.equals("40P01") || state.equals("55P03") || state.startsWith("08"));
    }

    @Override
    public boolean diskFull(SQLException e) {
        return "53100".equals(e.getSQLState());
    }

    /** The pool; each lease is one of its connections, returned when the lease closes. */
    private static final class Pool implements ConnectionSource {
        private final HikariDataSource pool;

        Pool(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public Lease lease() throws SQLException {
            Connection c = pool.getConnection();
            return new Lease() {
                @Override
                public Connection connection() {
                    return c;
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
