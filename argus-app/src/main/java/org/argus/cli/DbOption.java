package org.argus.cli;

import java.nio.file.Path;
import java.util.Map;
import org.argus.store.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The corpus database: --db, else $ARGUS_DB, else .argus/corpus.db in the working directory. A file
 * path is an SQLite file; {@code postgresql://user@host:port/database} a PostgreSQL database (the
 * password from the URL or $PGPASSWORD). Any other scheme is a usage error.
 */
public final class DbOption {
    static final Path DEFAULT = Path.of(".argus", "corpus.db");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Corpus database: an SQLite file, or postgresql://user@host:port/database (password from the URL or "
                    + "$PGPASSWORD). Default: $ARGUS_DB, else .argus/corpus.db.")
    String db;

    StoreLocation resolve() {
        return resolve(System.getenv());
    }

    StoreLocation resolve(Map<String, String> env) {
        String given = db != null ? db : env.get("ARGUS_DB");
        if (given == null || given.isBlank()) {
            return StoreLocation.sqlite(DEFAULT);
        }
        try {
            return StoreLocation.parse(given, env);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (db != null ? "--db: " : "$ARGUS_DB: ") + e.getMessage());
        }
    }
}
