package org.argus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The corpus database location: --db, else $ARGUS_DB, else .argus/corpus.db in the working directory. */
public final class DbOption {
    static final Path DEFAULT = Path.of(".argus", "corpus.db");

    @Option(names = "--db", paramLabel = "PATH",
            description = "Corpus database file (default: $ARGUS_DB, else .argus/corpus.db).")
    Path db;

    Path resolve() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("ARGUS_DB");
        return env == null || env.isBlank() ? DEFAULT : Path.of(env);
    }
}
