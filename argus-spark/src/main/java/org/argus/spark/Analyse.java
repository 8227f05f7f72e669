package org.argus.spark;

import java.io.Serial;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.output.DocumentJson;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;
import org.argus.spark.input.RawRows;

/**
 * Runs the pipeline over one partition of raw rows on an executor: one pipeline per partition (its
 * models shared by the executor's tasks, see {@link AnalysisConfig}), each article analysed in turn.
 * Every input gives one row ({@link #SCHEMA}): the article's JSON object ({@link DocumentJson}, the
 * object {@code argus analyze --format jsonl} prints), or the stage and reason it failed. A failure,
 * even an unexpected exception, is a row; it never fails the task.
 */
public final class Analyse implements MapPartitionsFunction<Row, Row> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Where the input came from, its id, and its JSON object or the stage and reason it failed. */
    public static final StructType SCHEMA = StructType.fromDDL(
            "file STRING, line INT, id STRING, stage STRING, reason STRING, document STRING");

    private final AnalysisConfig config;

    public Analyse(AnalysisConfig config) {
        this.config = config;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> raws) {
        Pipeline pipeline = config.pipeline(name -> Path.of(SparkFiles.get(name)), problem -> { });
        DocumentJson json = new DocumentJson();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return raws.hasNext();
            }

            @Override
            public Row next() {
                return analyse(pipeline, json, raws.next());
            }
        };
    }

    /** The row of one raw row: analysed, or why not. */
    public static Row analyse(Pipeline pipeline, DocumentJson json, Row raw) {
        SourceRef at = RawRows.source(raw);
        String unread = RawRows.reason(raw);
        if (unread != null) {
            return failure(at, null, "ingest", unread);
        }
        String id = raw.getString(2);
        try {
            RawDocument doc = RawRows.document(raw);
            Outcome outcome = pipeline.run(doc);
            if (outcome instanceof Outcome.Rejected rejected) {
                return failure(at, id, rejected.stage(), rejected.reason());
            }
            return RowFactory.create(at.file(), at.line(), id, null, null, json.toLine(((Outcome.Accepted) outcome).document()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(at, id, "spark", "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static Row failure(SourceRef at, String id, String stage, String reason) {
        return RowFactory.create(at.file(), at.line(), id, stage, reason, null);
    }
}
