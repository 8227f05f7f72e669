package org.argus.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.argus.store.CorpusStore;

/**
 * A fixed number of open corpus stores shared by the request threads. A {@link CorpusStore} holds
 * one connection and serves one thread at a time, so each request borrows one and gives it back;
 * the database (SQLite in WAL mode) lets the connections read side by side. Thread-safe.
 */
public final class StorePool implements AutoCloseable {
    /** How long a request waits for a free store before it is answered 503. */
    private static final long WAIT_SECONDS = 30;
    private final BlockingQueue<CorpusStore> idle;
    private final List<CorpusStore> all;

    /** Opens {@code size} stores with {@code opener} (each call opens one). */
    public StorePool(Supplier<CorpusStore> opener, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool holds at least one store, not " + size);
        }
        List<CorpusStore> opened = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                opened.add(opener.get());
            }
        } catch (RuntimeException e) {
            opened.forEach(CorpusStore::close);
            throw e;
        }
        this.all = List.copyOf(opened);
        this.idle = new ArrayBlockingQueue<>(size, false, opened);
    }

    /** Runs {@code work} with a store of its own and returns what it returns. */
    public <T> T with(Function<CorpusStore, T> work) {
        CorpusStore store;
        try {
            store = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, null, "the server is stopping");
        }
        if (store == null) {
            throw new ApiException(503, null, "every database connection is busy; try again");
        }
        try {
            return work.apply(store);
        } finally {
            idle.add(store);
        }
    }

    @Override
    public void close() {
        all.forEach(CorpusStore::close);
    }
}
