package org.argus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void readsEveryOption() {
        JobOptions o = JobOptions.parse(new String[] {"--master", "local[2]", "--format", "json", "--out", "/tmp/x", "--published",
                "2021-03-02", "--actors", "a.yaml", "--lexicon", "l.tsv", "--words", "w.tsv", "--partitions", "12", "--no-corpus",
                "in1", "hdfs://nn/in2/*.jsonl"});
        assertEquals("local[2]", o.master());
        assertEquals(JobOptions.Format.JSON, o.format());
        assertEquals("/tmp/x", o.out());
        assertEquals(LocalDate.of(2021, 3, 2), o.published());
        assertEquals("a.yaml", o.actors());
        assertEquals("l.tsv", o.lexicon());
        assertEquals("w.tsv", o.words());
        assertEquals(12, o.partitions());
        assertFalse(o.corpus());
        assertEquals(List.of("in1", "hdfs://nn/in2/*.jsonl"), o.inputs());
    }

    @Test
    void defaultsToParquetAndTheCorpusViews() {
        JobOptions o = JobOptions.parse(new String[] {"--out", "o", "in"});
        assertNull(o.master());
        assertEquals(JobOptions.Format.PARQUET, o.format());
        assertTrue(o.corpus());
        assertEquals(0, o.partitions());
    }

    @Test
    void mistakesSayWhatIsWrong() {
        assertEquals("--out DIR is required", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[] {"in"})).getMessage());
        assertEquals("no INPUT given", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[] {"--out", "o"})).getMessage());
        assertEquals("--format must be parquet or json, not 'csv'", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[] {"--format", "csv", "--out", "o", "in"})).getMessage());
        assertEquals("--partitions must be a positive number, not '0'", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[] {"--partitions", "0", "--out", "o", "in"})).getMessage());
        assertEquals("unknown option --thread", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[] {"--thread", "2", "--out", "o", "in"})).getMessage());
        assertEquals("--out needs a value", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[] {"in", "--out"})).getMessage());
    }

    @Test
    void aUsageMistakeExitsWithTwoAndTheUsage() {
        StringWriter err = new StringWriter();
        int exit = SparkMain.run(new String[] {"--format", "xml", "--out", "o", "in"}, new PrintWriter(err, true));
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("argus spark: --format must be parquet or json, not 'xml'"), err.toString());
        assertTrue(err.toString().contains("Usage: argus spark"), err.toString());
    }

    @Test
    void helpPrintsTheUsage() {
        StringWriter err = new StringWriter();
        assertEquals(0, SparkMain.run(new String[] {"--help"}, new PrintWriter(err, true)));
        assertTrue(err.toString().startsWith("Usage: argus spark"), err.toString());
    }
}
