package org.argus.spark.rows;

import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructType;
import org.argus.words.Lines;

/**
 * The schemas of the job's outputs, kept as data: {@code org/argus/spark/schema/NAME.ddl}, Spark DDL
 * with {@code #} comments, one file per output. Stateless.
 */
public final class Schemas {
    private Schemas() {
    }

    /** The schema of output {@code name}; fails naming the file when it is missing or not valid DDL. */
    public static StructType of(String name) {
        String resource = "/org/argus/spark/schema/" + name + ".ddl";
        String ddl = Lines.resource(resource).stream().map(Lines.Line::text).collect(Collectors.joining(" "));
        try {
            return StructType.fromDDL(ddl);
        } catch (RuntimeException e) {
            throw new IllegalStateException(resource + ": not a Spark schema: " + e.getMessage(), e);
        }
    }
}
