package org.argus.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * One ingest process for the concurrency tests: opens the database given (a file or a PostgreSQL
 * URL) and stores {@code count} articles with ids {@code prefix-0...}, each in its own transaction,
 * as {@code argus ingest} does. Prints each failure and exits 1 when any article was not stored.
 */
public final class IngestWorker {
    private IngestWorker() {
    }

    public static void main(String[] args) {
        String db = args[0];
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        int failed = 0;
        StoreLocation location = db.contains("://") ? StoreLocation.parse(db, Map.of()) : StoreLocation.sqlite(Path.of(db));
        try (CorpusStore store = CorpusStore.open(location)) {
            for (int i = 0; i < count; i++) {
                try {
                    store.upsert(Articles.filler(prefix + "-" + i, 300));
                } catch (RuntimeException e) {
                    failed++;
                    System.err.println(prefix + "-" + i + ": " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            System.err.println("open: " + e.getMessage());
            System.exit(1);
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
