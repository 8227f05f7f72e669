package org.argus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.argus.store.CorpusStore;

/** Opens the corpus for the listing commands, which must not create an empty database by mistake. */
final class StoreAccess {
    private StoreAccess() {
    }

    static CorpusStore openExisting(DbOption option) {
        Path db = option.resolve();
        if (!Files.isRegularFile(db)) {
            throw new IllegalArgumentException("no corpus database at " + db + " (run 'argus ingest' first, or give --db)");
        }
        return CorpusStore.open(db);
    }
}
