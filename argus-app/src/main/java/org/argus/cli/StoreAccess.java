package org.argus.cli;

import java.nio.file.Files;
import org.argus.store.CorpusStore;
import org.argus.store.StoreLocation;

/** Opens the corpus for the listing commands, which must not create an empty database by mistake. */
final class StoreAccess {
    private StoreAccess() {
    }

    static CorpusStore openExisting(DbOption option) {
        StoreLocation location = option.resolve();
        if (!location.isPostgres() && !Files.isRegularFile(location.file())) {
            throw new IllegalArgumentException("no corpus database at " + location + " (run 'argus ingest' first, or give --db)");
        }
        return CorpusStore.openForReading(location);
    }
}
