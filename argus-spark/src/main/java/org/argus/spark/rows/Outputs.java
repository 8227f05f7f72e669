package org.argus.spark.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.argus.spark.JobOptions;

/**
 * Writes the job's outputs under one folder, one sub-folder per output: Parquet with the output's
 * schema ({@link Schemas}), or JSON lines ({@code part-*.jsonl}), each line one record as it is.
 */
public final class Outputs {
    private final SparkSession spark;
    private final JobOptions.Format format;
    private final String out;

    public Outputs(SparkSession spark, JobOptions.Format format, String out) {
        this.spark = spark;
        this.format = format;
        this.out = out;
    }

    /** Where output {@code name} goes. */
    public String path(String name) {
        return new Path(out, name).toString();
    }

    /**
     * Writes the records (JSON objects as text) as output {@code name}; {@code kind} (null for a
     * corpus view) says which fields are context, so the {@code json} column holds the object alone.
     */
    public void write(String name, Dataset<String> records, Records kind) {
        if (format == JobOptions.Format.JSON) {
            records.write().text(path(name));
            renameParts(path(name));
            return;
        }
        StructType schema = Schemas.of(name);
        records.map(new ToRow(schema, kind), Encoders.row(schema)).write().parquet(path(name));
    }

    /** Spark's text writer names its parts .txt: these are JSON lines. */
    private void renameParts(String dir) {
        try {
            Path folder = new Path(dir);
            FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (FileStatus part : fs.listStatus(folder)) {
                String name = part.getPath().getName();
                if (name.startsWith("part-") && name.endsWith(".txt")) {
                    fs.rename(part.getPath(), new Path(folder, name.substring(0, name.length() - 4) + ".jsonl"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the parts of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** One record's row. */
    private static final class ToRow implements MapFunction<String, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper MAPPER = new ObjectMapper();

        private final StructType schema;
        private final Records kind;

        ToRow(StructType schema, Records kind) {
            this.schema = schema;
            this.kind = kind;
        }

        @Override
        public Row call(String record) throws IOException {
            JsonNode node = MAPPER.readTree(record);
            String json = kind == null ? null : kind.object((ObjectNode) node).toString();
            return JsonRows.toRow(node, schema, json);
        }
    }
}
