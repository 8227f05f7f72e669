package org.argus.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Hands out connections to one database: the one connection to an SQLite file, or a pool's
 * connections to a PostgreSQL server. A lease is used by one thread and closed when its work is done.
 */
interface ConnectionSource extends AutoCloseable {
    /** A connection in auto-commit mode, until the lease is closed. */
    Lease lease() throws SQLException;

    /** Whether the database was opened read-only (an SQLite file in a folder the user cannot write). */
    default boolean readOnly() {
        return false;
    }

    @Override
    void close();

    /** A connection on loan. */
    interface Lease extends AutoCloseable {
        Connection connection();

        /** Gives the connection back (a pooled one returns to the pool; SQLite's stays open). */
        @Override
        void close() throws SQLException;
    }
}
