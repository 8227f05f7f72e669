package org.argus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a file system that is full, and on one it may not write (issue 23): real file
 * systems the test mounts (a tiny tmpfs; a read-only bind mount), so it runs as root, as CI does.
 */
class StoreFaultTest {
    @TempDir
    Path dir;

    private static void sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static boolean canMount() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/bin/mount"));
    }

    @Test
    void aFullDiskIsNamedAndWhatWasStoredBeforeIsIntact() throws Exception {
        assumeTrue(canMount(), "mounting a tiny file system needs root");
        Path small = Files.createDirectory(dir.resolve("small"));
        sh("mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", small.toString());
        try {
            Path db = small.resolve("corpus.db");
            List<String> stored = new ArrayList<>();
            StoreException full = null;
            try (CorpusStore store = CorpusStore.open(db)) {
                for (int i = 0; i < 500 && full == null; i++) {
                    try {
                        store.upsert(Articles.filler("a" + i, 400));
                        stored.add("a" + i);
                    } catch (StoreException e) {
                        full = e;
                    }
                }
                assertTrue(full != null, "the file system filled up");
                assertTrue(full.getMessage().contains("the disk holding " + db.toAbsolutePath() + " is full"), full.getMessage());
                assertFalse(full.getMessage().contains("no transaction is active"), full.getMessage());
                assertEquals(stored.size(), store.articleCount(), "the store goes on answering");
            }
            assertTrue(stored.size() > 3, "some articles fit: " + stored.size());
            try (CorpusStore store = CorpusStore.openForReading(StoreLocation.sqlite(db))) {
                assertEquals(stored.size(), store.articleCount());
                List<String> articles = store.events(Filters.EventFilter.all()).stream().map(CorpusEvent::article).sorted().toList();
                assertEquals(stored.stream().sorted().toList(), articles, "each stored article is whole, with its event");
            }
        } finally {
            sh("umount", small.toString());
        }
    }

    @Test
    void readingCommandsWorkOnADatabaseInAFolderThatCannotBeWritten() throws Exception {
        assumeTrue(canMount(), "a read-only bind mount needs root (root may write any folder whatever its mode)");
        Path folder = Files.createDirectory(dir.resolve("archive"));
        Path db = folder.resolve("corpus.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            store.upsert(Articles.backing("a", "Norway", "in Oslo", java.time.LocalDate.of(2020, 1, 5), null));
            store.upsert(Articles.backing("b", "Sweden", "in Lund", java.time.LocalDate.of(2020, 2, 5), null));
        }
        sh("mount", "--bind", folder.toString(), folder.toString());
        try {
            sh("mount", "-o", "remount,bind,ro", folder.toString());
            assertFalse(Files.isWritable(folder), "the folder is read-only");
            try (CorpusStore store = CorpusStore.openForReading(StoreLocation.sqlite(db))) {
                assertEquals(2, store.articleCount());
                assertEquals(2, store.events(Filters.EventFilter.all()).size());
                assertEquals(List.of("Norway", "Sweden"), store.actors(Filters.ActorFilter.all()).stream().map(CorpusActor::name).toList());
                assertEquals(2, store.timeline(Filters.EventFilter.all()).size());
                assertEquals(1, store.brief("Norway", null, null, 5, 5).events().size());
                StoreException write = assertThrows(StoreException.class,
                        () -> store.upsert(Articles.backing("c", "Denmark", "in Aarhus", java.time.LocalDate.of(2020, 3, 5), null)));
                assertTrue(write.getMessage().contains("read-only"), write.getMessage());
            }
        } finally {
            sh("umount", folder.toString());
        }
    }
}
