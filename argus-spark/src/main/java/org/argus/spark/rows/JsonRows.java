package org.argus.spark.rows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A JSON object as a Spark row of a schema: each column takes the object's field of its name
 * (missing or null fields are null), nested objects become structs and arrays arrays. The column
 * {@code json}, when the schema has one, takes the text given for it. Stateless.
 */
public final class JsonRows {
    private JsonRows() {
    }

    /** The row of {@code object} in {@code schema}; {@code json} fills a column named "json" (may be null). */
    public static Row toRow(JsonNode object, StructType schema, String json) {
        StructField[] fields = schema.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = fields[i].name().equals("json") && fields[i].dataType().equals(DataTypes.StringType)
                    ? json : value(object.get(fields[i].name()), fields[i].dataType());
        }
        return RowFactory.create(values);
    }

    private static Object value(JsonNode n, DataType type) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (type instanceof StructType struct) {
            return n.isObject() ? toRow(n, struct, null) : null;
        }
        if (type instanceof ArrayType array) {
            if (!n.isArray()) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            n.forEach(e -> out.add(value(e, array.elementType())));
            return scala.jdk.javaapi.CollectionConverters.asScala(out).toList();
        }
        if (type.equals(DataTypes.IntegerType)) {
            return n.asInt();
        }
        if (type.equals(DataTypes.LongType)) {
            return n.asLong();
        }
        if (type.equals(DataTypes.DoubleType)) {
            return n.asDouble();
        }
        if (type.equals(DataTypes.BooleanType)) {
            return n.asBoolean();
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
