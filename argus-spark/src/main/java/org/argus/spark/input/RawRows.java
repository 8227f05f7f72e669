package org.argus.spark.input;

import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.argus.ingest.InputResult;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;

/**
 * One input as read, as a Spark row (schema {@link #SCHEMA}): an article to analyse, or why it could
 * not be read. Converts both ways; stateless.
 */
public final class RawRows {
    /** file, line (0 when the file is one article), then the article, or the reason it was not read. */
    public static final StructType SCHEMA = StructType.fromDDL("file STRING, line INT, id STRING, format STRING, content STRING, "
            + "title STRING, url STRING, published STRING, outlet STRING, reason STRING");

    private RawRows() {
    }

    /**
     * The row of one input a reader gave; {@code file}, when not null, replaces the file the reader
     * names (the local copy of a file on another file system).
     */
    public static Row of(InputResult result, String file) {
        SourceRef at = file == null ? result.source() : new SourceRef(file, result.source().line());
        if (result instanceof InputResult.Failed failed) {
            return failure(at.file(), at.line(), failed.reason());
        }
        RawDocument d = ((InputResult.Read) result).document();
        return RowFactory.create(at.file(), at.line(), d.id(), d.format().name(), d.content(), d.title(), d.url(),
                d.published() == null ? null : d.published().date().toString(), d.outlet(), null);
    }

    /** The row of an input that could not be read. */
    public static Row failure(String file, int line, String reason) {
        return RowFactory.create(file, line, null, null, null, null, null, null, null, reason);
    }

    /** Where a row's input came from: its file and, for a JSONL line, the line. */
    public static SourceRef source(Row row) {
        return new SourceRef(row.getString(0), row.isNullAt(1) ? 0 : row.getInt(1));
    }

    /** The reason a row's input could not be read, or null when it was. */
    public static String reason(Row row) {
        return row.getString(9);
    }

    /** The article of a row that was read. */
    public static RawDocument document(Row row) {
        String published = row.getString(7);
        return new RawDocument(row.getString(2), source(row), InputFormat.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                row.getString(6), published == null ? null : new PublishedDate(LocalDate.parse(published), PublishedDate.Origin.GIVEN),
                row.getString(8));
    }
}
