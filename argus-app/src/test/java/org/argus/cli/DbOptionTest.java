package org.argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.argus.store.StoreLocation;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** $ARGUS_DB and $PGPASSWORD as --db reads them. */
class DbOptionTest {
    private static DbOption option(String... args) {
        CommandLine line = new CommandLine(new EventsCommand());
        line.parseArgs(args);
        return ((EventsCommand) line.getCommand()).dbOption;
    }

    @Test
    void argusDbNamesAPostgresDatabaseWithThePasswordFromPgpassword() {
        StoreLocation l = option().resolve(Map.of("ARGUS_DB", "postgresql://analyst@db.example/news", "PGPASSWORD", "pw"));
        assertEquals("jdbc:postgresql://db.example:5432/news", l.jdbcUrl());
        assertEquals("pw", l.password());
        assertEquals(java.nio.file.Path.of("mine.db"), option("--db", "mine.db").resolve(Map.of("ARGUS_DB", "postgresql://x@y/z")).file(),
                "--db wins over $ARGUS_DB");
        assertEquals(DbOption.DEFAULT, option().resolve(Map.of()).file());
    }

    @Test
    void anUnknownSchemeInArgusDbIsAUsageError() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> option().resolve(Map.of("ARGUS_DB", "sqlserver://h/db")));
        assertTrue(e.getMessage().startsWith("$ARGUS_DB: unknown database scheme 'sqlserver://'"), e.getMessage());
    }
}
