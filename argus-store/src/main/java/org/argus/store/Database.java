package org.argus.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One open corpus database: its {@link Dialect}, its connections and its name for messages. Runs
 * the store's reads and write transactions: a write is all or nothing, is tried again when another
 * process held the database too long, and a failure becomes a {@link StoreException} that says what
 * could not be done and why (a full disk is named as such, never as the error SQLite gives next).
 * As thread-safe as its connection source: SQLite's one connection serves one thread at a time.
 */
final class Database implements AutoCloseable {
    /** How many times a write is tried again after a transient failure. */
    static final int MAX_RETRIES = 8;

    /** Database work that may fail. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Dialect dialect;
    private final ConnectionSource source;
    private final StoreLocation location;

    Database(Dialect dialect, ConnectionSource source, StoreLocation location) {
        this.dialect = dialect;
        this.source = source;
        this.location = location;
    }

    Dialect dialect() {
        return dialect;
    }

    /** True for an SQLite file opened read-only because the user cannot write its folder. */
    boolean readOnly() {
        return source.readOnly();
    }

    StoreLocation location() {
        return location;
    }

    /** Runs {@code work} on a connection in auto-commit mode; a failure says "cannot {@code what}". */
    <T> T read(String what, Work<T> work) {
        try (ConnectionSource.Lease lease = source.lease()) {
            return work.run(lease.connection());
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs {@code work} in one write transaction: all of it is stored, or none. A transient failure
     * (the database busy past its timeout, a deadlock, a lost connection) rolls back and runs the
     * work again, up to {@link #MAX_RETRIES} times with growing pauses; {@code work} must not have
     * effects outside the database.
     */
    <T> T write(String what, Work<T> work) {
        if (readOnly()) {
            throw new StoreException("cannot " + what + ": " + location + " is read-only here (its folder cannot be written)");
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return transaction(work, false);
            } catch (SQLException e) {
                if (!dialect.transientFailure(e) || attempt >= MAX_RETRIES) {
                    throw failure(what, e);
                }
            }
            pause(attempt);
        }
    }

    /** One attempt: begin (a write or the migration lock), work, commit; on any failure roll back and rethrow. */
    <T> T transaction(Work<T> work, boolean migration) throws SQLException {
        try (ConnectionSource.Lease lease = source.lease()) {
            Connection c = lease.connection();
            if (migration) {
                dialect.beginMigration(c);
            } else {
                dialect.beginWrite(c);
            }
            T result;
            try {
                result = work.run(c);
                dialect.commit(c);
            } catch (SQLException | RuntimeException e) {
                try {
                    dialect.rollback(c);
                } catch (SQLException | RuntimeException second) {
                    e.addSuppressed(second);
                }
                throw e;
            }
            return result;
        }
    }

    /** Sleeps before the next try: 50 ms doubling up to 3 s, with jitter so two waiting processes do not collide again. */
    static void pause(int attempt) {
        long base = Math.min(3000, 50L << Math.min(attempt, 6));
        try {
            Thread.sleep(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
        }
    }

    /** The failure as the user should read it. */
    StoreException failure(String what, SQLException e) {
        if (dialect.diskFull(e)) {
            return new StoreException("cannot " + what + ": " + diskFull() + "; nothing of it was stored and what was stored before is intact", e);
        }
        return new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }

    /** Names the full disk: the file system holding the SQLite file, or the PostgreSQL server's. */
    private String diskFull() {
        if (location.file() == null) {
            return "the disk of the PostgreSQL server at " + location + " is full";
        }
        Path file = location.file().toAbsolutePath();
        String where = "";
        try {
            FileStore store = Files.getFileStore(Files.exists(file) ? file : file.getParent());
            where = " (file system " + store.name() + ", " + store.getUsableSpace() / 1024 + " KiB free)";
        } catch (IOException | RuntimeException e) {
            // the message still names the file
        }
        return "the disk holding " + file + " is full" + where;
    }

    @Override
    public void close() {
        source.close();
    }
}
