package org.argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during {@code argus ingest} (issue 23): what was stored stays whole (every stored
 * article has all its rows: its fingerprint is written last in its transaction), the file passes
 * SQLite's integrity check, and running the same ingest again completes the corpus.
 */
class KillDuringIngestTest {
    private static final int ARTICLES = 60;

    @TempDir
    Path dir;

    private static long count(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return -1; // not created yet
        }
    }

    @Test
    void killedMidIngestLeavesWholeArticlesAndARerunCompletesTheCorpus() throws IOException, InterruptedException {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        String[] places = {"Valmora", "Estby", "Norhaven", "Lakeside", "Portmere", "Highfold"};
        for (int i = 0; i < ARTICLES; i++) {
            String place = places[i % places.length];
            Files.writeString(texts.resolve(String.format("story-%02d.txt", i)), "The mayor of " + place + " met farmers on Monday " + i
                    + " days after the floods, the council said. The farmers demanded compensation for the lost harvest. "
                    + "Officials in " + place + " said the government would send engineers to repair the dykes.");
        }
        Path db = dir.resolve("corpus.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process ingest = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest",
                "--quiet", "--threads", "1", "--db", db.toString(), texts.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        long stored = 0;
        while (stored < 3 && ingest.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            stored = count(db, "SELECT COUNT(*) FROM article");
        }
        assertTrue(ingest.isAlive(), "the ingest was still running when killed: " + Files.readString(dir.resolve("ingest.log")));
        ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
        assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, ingest.exitValue(), "killed by SIGKILL");

        long afterKill = count(db, "SELECT COUNT(*) FROM article");
        assertTrue(afterKill >= 3 && afterKill < ARTICLES, "killed mid-way: " + afterKill + " stored");
        assertEquals(afterKill, count(db, "SELECT COUNT(*) FROM article_fingerprint"), "every stored article is whole");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM event e LEFT JOIN article a ON a.key = e.article WHERE a.key IS NULL"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"));

        CliTest.Run rerun = CliTest.run("ingest", "--quiet", "--db", db.toString(), texts.toString());
        assertEquals(0, rerun.exit(), rerun.err());
        assertTrue(rerun.out().contains("stored " + (ARTICLES - afterKill) + " new and " + afterKill + " updated articles"), rerun.out());
        assertEquals(ARTICLES, count(db, "SELECT COUNT(*) FROM article"));
        assertEquals(ARTICLES, count(db, "SELECT COUNT(*) FROM article_fingerprint"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"));
    }
}
