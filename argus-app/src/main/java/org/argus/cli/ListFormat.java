package org.argus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** Prints a list of records as aligned text, JSON or CSV. */
enum ListFormat {
    text, json, csv;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    <T> void print(PrintWriter out, List<T> rows, List<String> headers, Function<T, List<Object>> cells) {
        print(out, rows, headers, cells, null);
    }

    /** As {@link #print}, with {@code asJson} giving each row's JSON object (null: the row's fields as Jackson writes them). */
    <T> void print(PrintWriter out, List<T> rows, List<String> headers, Function<T, List<Object>> cells,
                   Function<T, com.fasterxml.jackson.databind.JsonNode> asJson) {
        switch (this) {
            case json -> {
                try {
                    out.println(JSON.writeValueAsString(asJson == null ? rows : rows.stream().map(asJson).toList()));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("cannot write JSON", e);
                }
            }
            case csv -> {
                out.println(String.join(",", headers));
                for (T row : rows) {
                    out.println(String.join(",", cells.apply(row).stream().map(ListFormat::csvCell).toList()));
                }
            }
            case text -> {
                for (T row : rows) {
                    out.println(String.join("  ", cells.apply(row).stream().map(ListFormat::textCell).toList()));
                }
                if (rows.isEmpty()) {
                    out.println("(none)");
                }
            }
        }
        out.flush();
    }

    private static String textCell(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "-" : String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value).replaceAll("\\s+", " ");
    }

    private static String csvCell(Object value) {
        String s = value == null ? "" : value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        // a cell starting with = + - @ would run as a formula in a spreadsheet: quote it as text
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("'") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
