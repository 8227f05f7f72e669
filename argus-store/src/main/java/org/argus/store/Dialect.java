package org.argus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What differs between the databases the corpus can live in, in one place per database
 * ({@link SqliteDialect}, {@link PostgresDialect}), as jdbi's SQLite and PostgreSQL plugins keep
 * theirs: how to connect, how writers take turns, how a failure is classified, the migration scripts'
 * folder and the few SQL spellings that differ. Everything else in the store is SQL both accept.
 * Implementations are stateless and thread-safe.
 */
interface Dialect {
    /** "sqlite" or "postgresql". */
    String name();

    /** The resource folder of this database's migration scripts, ending in '/'. */
    String migrations();

    /** The SQL expression for the character U+001F that joins aggregated values (see {@link Sql#split}). */
    String separator();

    /**
     * An expression ordering the rows of a table without a key of its own ({@code mention},
     * {@code event_actor}) as they were written: SQLite's rowid, PostgreSQL's identity column.
     */
    String writeOrder(String alias);

    /** Opens the connections to {@code location}; {@code readOnly} when the caller will only read. */
    ConnectionSource connect(StoreLocation location, boolean readOnly) throws SQLException;

    /** An INSERT whose {@code getGeneratedKeys()} gives the new row's {@code key}. */
    PreparedStatement insertReturningKey(Connection c, String sql) throws SQLException;

    /**
     * Starts a write transaction on a connection in auto-commit mode. Writers take turns: this waits
     * for another process's write transaction to end (or fails with a {@link #transientFailure}).
     */
    void beginWrite(Connection c) throws SQLException;

    /** Starts the transaction that reads and raises the schema version: one process at a time. */
    void beginMigration(Connection c) throws SQLException;

    /** Commits the transaction begun here and leaves the connection in auto-commit mode. */
    void commit(Connection c) throws SQLException;

    /**
     * Rolls back the transaction begun here, if the database has not already done so, and leaves the
     * connection in auto-commit mode.
     */
    void rollback(Connection c) throws SQLException;

    /** Whether trying again may succeed: another writer held the lock too long, a deadlock, a lost connection. */
    boolean transientFailure(SQLException e);

    /** Whether the database could not write because its disk (or its size limit) is full. */
    boolean diskFull(SQLException e);
}
