package org.argus.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on the connection in one transaction: all of it is stored, or none (rolled back on any failure). */
final class Transaction {
    /** Database work that may fail. */
    interface Work {
        void run() throws SQLException;
    }

    private Transaction() {
    }

    /** Runs {@code work} in one transaction; a failure becomes a {@link StoreException} saying "cannot {@code what}". */
    static void run(Connection connection, String what, Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
