package org.argus.store;

/** The databases every store test runs on: SQLite in memory, and a fresh database on the test PostgreSQL server. */
public enum Backend {
    SQLITE, POSTGRESQL;

    /** An empty corpus on this backend. */
    public CorpusStore open() {
        return this == SQLITE ? CorpusStore.inMemory() : CorpusStore.open(PostgresServer.get().newDatabase());
    }
}
