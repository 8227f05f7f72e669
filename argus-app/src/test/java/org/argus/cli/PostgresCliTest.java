package org.argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argus.store.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example corpus ingested into SQLite and into PostgreSQL (a real server the tests start): every
 * corpus view prints the same, byte for byte, from either database (issue 25).
 */
class PostgresCliTest {
    @TempDir
    static Path dir;

    private static String sqlite;
    private static String postgres;

    @BeforeAll
    static void ingestBoth() {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        sqlite = dir.resolve("corpus.db").toString();
        postgres = PostgresServer.get().newDatabaseUrl();
        for (String db : List.of(sqlite, postgres)) {
            CliTest.Run run = CliTest.run("ingest", "--quiet", "--db", db, examples.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("stored 8 new"), run.out());
        }
    }

    private static void same(String... view) {
        String[] withSqlite = new String[view.length + 2];
        String[] withPostgres = new String[view.length + 2];
        System.arraycopy(view, 0, withSqlite, 0, view.length);
        System.arraycopy(view, 0, withPostgres, 0, view.length);
        withSqlite[view.length] = withPostgres[view.length] = "--db";
        withSqlite[view.length + 1] = sqlite;
        withPostgres[view.length + 1] = postgres;
        CliTest.Run a = CliTest.run(withSqlite);
        CliTest.Run b = CliTest.run(withPostgres);
        assertEquals(0, a.exit(), a.err());
        assertEquals(0, b.exit(), b.err());
        assertTrue(a.out().length() > 100, String.join(" ", view) + " printed little: " + a.out());
        assertEquals(a.out(), b.out(), String.join(" ", view));
    }

    @Test
    void everyViewGivesTheSameAnswerOnBothDatabases() {
        same("events", "--format", "json");
        same("events", "--from", "2020-05-01", "--to", "2020-06-30");
        same("quotes", "--format", "json");
        same("actors", "--format", "json");
        same("timeline", "--format", "json");
        same("alliances", "--format", "json");
        same("claims", "--format", "json");
        same("brief", "--actor", "Haftar");
        same("brief", "--actor", "Sarraj", "--format", "text");
    }

    @Test
    void reingestingIntoPostgresUpdatesAndAnUnreachableServerIsAClearError() {
        Path examples = Path.of("..", "examples", "text").toAbsolutePath().normalize();
        CliTest.Run again = CliTest.run("ingest", "--quiet", "--db", postgres, examples.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("stored 0 new and 3 updated"), again.out());
        CliTest.Run down = CliTest.run("events", "--db", "postgresql://argus@127.0.0.1:1/nothing");
        assertEquals(1, down.exit());
        assertTrue(down.err().contains("cannot open postgresql://argus@127.0.0.1:1/nothing"), down.err());
    }
}
