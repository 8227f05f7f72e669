package org.argus.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.argus.actors.ActorDictionary;
import org.argus.events.Lexicon;
import org.argus.ingest.InputReader;
import org.argus.model.SourceRef;
import org.argus.spark.corpus.CorpusViews;
import org.argus.spark.input.HadoopConf;
import org.argus.spark.input.InputListing;
import org.argus.spark.input.RawRows;
import org.argus.spark.input.ReadFile;
import org.argus.spark.rows.Outputs;
import org.argus.spark.rows.Records;
import org.argus.words.Words;

/**
 * The Argus job: lists the inputs, reads them on the executors, analyses them there in parts, and
 * writes articles, events, quotes, actors and errors, then the corpus views. The analysed articles
 * are kept (memory, then disk) so each output reads them without analysing again.
 */
public final class ArgusJob {
    private final SparkSession spark;
    private final JobOptions options;
    private final PrintWriter err;

    public ArgusJob(SparkSession spark, JobOptions options, PrintWriter err) {
        this.spark = spark;
        this.options = options;
        this.err = err;
    }

    /** What a run did. */
    public record Summary(long analysed, long failed, int fileProblems) {
        /** 0 when everything was analysed, 1 when an input or a line of the analyst's files failed. */
        public int exitCode() {
            return failed > 0 || fileProblems > 0 ? 1 : 0;
        }
    }

    /** Runs the job; a usage mistake found on the way (an output folder that exists) is an IllegalArgumentException. */
    public Summary run() throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.out());
        FileSystem outFs = out.getFileSystem(hadoop);
        if (outFs.exists(out)) {
            throw new IllegalArgumentException("the output folder " + options.out() + " exists already (give a new one)");
        }
        int[] problems = {0};
        AnalysisConfig config = new AnalysisConfig(options.published(), ship(options.actors(), problems, "actors"),
                ship(options.lexicon(), problems, "lexicon"), ship(options.words(), problems, "words"));

        List<String> files = new ArrayList<>();
        List<Row> unlisted = new ArrayList<>();
        for (InputListing.Entry e : InputListing.list(options.inputs(), hadoop)) {
            if (e.failure() == null) {
                files.add(e.path());
            } else {
                unlisted.add(RawRows.failure(e.path(), 0, e.failure()));
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = jsc.defaultParallelism();
        JavaRDD<Row> raw = jsc.parallelize(files, Math.max(1, Math.min(files.size(), cores * 4)))
                .flatMap(new ReadFile(new HadoopConf(hadoop), InputReader.MAX_FILE_BYTES))
                .union(jsc.parallelize(unlisted, 1));
        int parts = options.partitions() > 0 ? options.partitions() : cores * 4;
        Dataset<Row> analysed = spark.createDataFrame(raw, RawRows.SCHEMA).repartition(parts)
                .mapPartitions(new Analyse(config), Encoders.row(Analyse.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Outputs outputs = new Outputs(spark, options.format(), options.out());
            Dataset<Row> done = analysed.filter("document IS NOT NULL");
            for (Records kind : Records.values()) {
                outputs.write(kind.output(), done.flatMap(new RecordsOf(kind), Encoders.STRING()), kind);
            }
            outputs.write("errors", analysed.filter("reason IS NOT NULL").map(new ErrorRecord(), Encoders.STRING()), null);
            long failed = analysed.filter("reason IS NOT NULL").count();
            long total = analysed.count();
            if (options.corpus()) {
                new CorpusViews(spark, outputs, options.actors() == null ? null : Path.of(options.actors()))
                        .run(done.select("document").as(Encoders.STRING()));
            }
            return new Summary(total - failed, failed, problems[0]);
        } finally {
            analysed.unpersist();
        }
    }

    /**
     * Checks one of the analyst's files on the driver (each bad line reported on stderr, as
     * {@code argus analyze} does) and ships it to the executors; its name there, or null without one.
     */
    private String ship(String file, int[] problems, String what) throws IOException {
        if (file == null) {
            return null;
        }
        Path path = Path.of(file);
        java.util.function.Consumer<String> report = message -> {
            problems[0]++;
            err.println(message);
            err.flush();
        };
        switch (what) {
            case "actors" -> ActorDictionary.load(path, report);
            case "lexicon" -> Lexicon.read(path, report);
            default -> Words.withUserFile(path, report);
        }
        spark.sparkContext().addFile(path.toAbsolutePath().toString());
        return path.getFileName().toString();
    }

    /** The records of one kind in an analysed row's article. */
    private static final class RecordsOf implements FlatMapFunction<Row, String> {
        @Serial
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper MAPPER = new ObjectMapper();

        private final Records kind;

        RecordsOf(Records kind) {
            this.kind = kind;
        }

        @Override
        public Iterator<String> call(Row analysed) throws IOException {
            JsonNode article = MAPPER.readTree(analysed.getString(5));
            String input = new SourceRef(analysed.getString(0), analysed.getInt(1)).toString();
            return kind.of(article, input).stream().map(ObjectNode::toString).iterator();
        }
    }

    /** The errors record of an input that was not analysed. */
    private static final class ErrorRecord implements MapFunction<Row, String> {
        @Serial
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Override
        public String call(Row r) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("input", new SourceRef(r.getString(0), r.getInt(1)).toString());
            o.put("file", r.getString(0));
            o.put("line", r.getInt(1));
            o.put("id", r.getString(2));
            o.put("stage", r.getString(3));
            o.put("reason", r.getString(4));
            return o.toString();
        }
    }
}
