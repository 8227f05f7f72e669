package org.argus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes storing into one database at once (issue 23 item 4, issue 25): nothing is lost,
 * on a new SQLite file (both create the schema), on an existing one, and on PostgreSQL.
 */
class ConcurrentIngestTest {
    private static final int PER_PROCESS = 40;

    @TempDir
    Path dir;

    /** Starts {@code n} worker processes on {@code db} at once; returns what each printed on stderr (empty when all stored). */
    static List<String> ingestAtOnce(String db, int n, Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path log = Files.createTempFile(dir, "worker-" + i + "-", ".log");
            logs.add(log);
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestWorker.class.getName(), db, "p" + i,
                    String.valueOf(PER_PROCESS)).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Process p = processes.get(i);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                problems.add("worker " + i + " did not finish in 300 s");
            } else if (p.exitValue() != 0) {
                problems.add("worker " + i + " exit " + p.exitValue() + ": " + Files.readString(logs.get(i)));
            }
        }
        return problems;
    }

    private static void assertAllStored(CorpusStore store, int processes) {
        assertEquals(processes * PER_PROCESS, store.articleCount());
        assertEquals(processes * PER_PROCESS, store.events(Filters.EventFilter.all()).size());
    }

    @Test
    void twoProcessesCreatingOneNewSqliteFileBothStoreEverything() throws Exception {
        Path db = dir.resolve("new/corpus.db");
        assertEquals(List.of(), ingestAtOnce(db.toString(), 2, dir));
        try (CorpusStore store = CorpusStore.open(db)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertAllStored(store, 2);
        }
    }

    @Test
    void threeProcessesWritingOneExistingSqliteFileLoseNothing() throws Exception {
        Path db = dir.resolve("corpus.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            store.upsert(Articles.filler("before", 50));
        }
        assertEquals(List.of(), ingestAtOnce(db.toString(), 3, dir));
        try (CorpusStore store = CorpusStore.open(db)) {
            assertEquals(3 * PER_PROCESS + 1, store.articleCount());
        }
    }

    @Test
    void threeProcessesWritingOnePostgresDatabaseLoseNothing() throws Exception {
        String url = PostgresServer.get().newDatabaseUrl();
        assertEquals(List.of(), ingestAtOnce(url, 3, dir));
        try (CorpusStore store = CorpusStore.open(StoreLocation.parse(url, java.util.Map.of()))) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertAllStored(store, 3);
        }
    }
}
