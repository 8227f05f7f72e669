package org.argus.spark.load;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serial;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.argus.model.SourceRef;
import org.argus.store.CorpusStore;
import org.argus.store.UpsertResult;

/**
 * Stores the articles a job wrote (its {@code articles} output, Parquet or JSON lines) into the corpus
 * database through the store's public API ({@link CorpusStore#upsert}), one at a time in article id
 * order, the order the job's near-duplicate view assumes; the store then gives the same corpus views
 * as the job. The articles are sorted in the cluster and streamed to this process.
 */
public final class StoreLoader {
    private static final StructType ARTICLES = StructType.fromDDL("id STRING, input STRING, json STRING");

    /** {@code argus spark load [--master M] --db PATH DIR}. */
    public record Options(String master, String db, String dir) {
        public static Options parse(String[] args) {
            String master = null;
            String db = null;
            String dir = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--master" -> master = value(args, ++i, "--master");
                    case "--db" -> db = value(args, ++i, "--db");
                    default -> {
                        if (args[i].startsWith("--") || dir != null) {
                            throw new IllegalArgumentException("unexpected '" + args[i] + "' (load takes one output folder)");
                        }
                        dir = args[i];
                    }
                }
            }
            if (db == null || dir == null) {
                throw new IllegalArgumentException("load needs --db PATH and the folder a job wrote");
            }
            return new Options(master, db, dir);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    private final SparkSession spark;
    private final Options options;

    public StoreLoader(SparkSession spark, Options options) {
        this.spark = spark;
        this.options = options;
    }

    /** Stores every article; returns how many. A failure of the store stops the load (what was stored stays). */
    public long run(PrintWriter err) throws IOException {
        DocumentReader reader = new DocumentReader();
        ObjectMapper mapper = new ObjectMapper();
        long n = 0;
        try (CorpusStore store = CorpusStore.open(org.argus.store.StoreLocation.parse(options.db(), System.getenv()))) {
            Iterator<Row> rows = articles().orderBy("id").toLocalIterator();
            while (rows.hasNext()) {
                Row r = rows.next();
                UpsertResult result = store.upsert(reader.read(mapper.readTree(r.getString(2)), new SourceRef(r.getString(1), 0)));
                n++;
                if (result.duplicateOf() != null) {
                    err.println("argus spark: " + r.getString(0) + " repeats " + result.duplicateOf());
                }
            }
        }
        return n;
    }

    /** (id, input, article object) of every article the job wrote. */
    private Dataset<Row> articles() throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(options.dir(), "articles");
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(dir)) {
            throw new IllegalArgumentException(options.dir() + " holds no articles output (" + dir + ")");
        }
        boolean parquet = false;
        for (FileStatus s : fs.listStatus(dir)) {
            parquet |= s.getPath().getName().endsWith(".parquet");
        }
        if (parquet) {
            return spark.read().parquet(dir.toString()).select(col("id"), col("input"), col("json"));
        }
        return spark.read().text(dir.toString()).map(new FromLine(), Encoders.row(ARTICLES));
    }

    /** A JSON articles line: the input, then the article object. */
    private static final class FromLine implements MapFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Override
        public Row call(Row line) throws Exception {
            ObjectNode record = (ObjectNode) MAPPER.readTree(line.getString(0));
            String input = record.path("input").asText(null);
            record.remove("input");
            return RowFactory.create(record.get("id").asText(), input, record.toString());
        }
    }
}
