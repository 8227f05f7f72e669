package org.argus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;

/**
 * Parses one JSONL line into an article. Fields: {@code id} (required), {@code text} or {@code html}
 * (one required; {@code text} wins when both are given), and optional {@code url}, {@code title},
 * {@code published} (ISO date or date-time, with or without offset) and {@code source} (the outlet).
 * Unknown fields are ignored. Thread-safe (the mapper is only read).
 */
final class JsonlArticle {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlArticle() {
    }

    static InputResult parse(String line, SourceRef where) {
        return parse(line, where, org.argus.model.DateRange.standard());
    }

    /**
     * The article of one line; a {@code published} date outside {@code dates} fails it. Text fields
     * are normalised ({@link TextNormalizer}) with a warning naming the line.
     */
    static InputResult parse(String line, SourceRef where, org.argus.model.DateRange dates) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return new InputResult.Failed(where, "invalid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            return new InputResult.Failed(where, "invalid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return new InputResult.Failed(where, "invalid JSON: expected one object per line");
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || idNode.isNull() || !idNode.isValueNode() || idNode.asText().isBlank()) {
            return new InputResult.Failed(where, "missing \"id\"");
        }
        String id = idNode.asText().strip();
        String body;
        String html;
        String title;
        String url;
        String outlet;
        String date;
        try {
            body = text(node, "text");
            html = text(node, "html");
            title = blankToNull(metadata(node, "title"));
            url = blankToNull(metadata(node, "url"));
            outlet = blankToNull(metadata(node, "source"));
            date = blankToNull(string(node, "published"));
        } catch (IllegalArgumentException notAString) {
            return new InputResult.Failed(where, "article \"" + id + "\": " + notAString.getMessage());
        }
        if (body == null && html == null) {
            return new InputResult.Failed(where, "article \"" + id + "\": missing \"text\" or \"html\"");
        }
        boolean isHtml = body == null || (body.isBlank() && html != null && !html.isBlank());
        String content = isHtml ? html : body;
        if (content.isBlank()) {
            return new InputResult.Failed(where, "article \"" + id + "\": empty article (blank \"" + (isHtml ? "html" : "text") + "\")");
        }
        PublishedDate published = null;
        if (date != null) {
            LocalDate parsed = parseDate(date.strip());
            if (parsed == null) {
                return new InputResult.Failed(where, "article \"" + id + "\": invalid published date \"" + date
                        + "\" (expected an ISO date such as 2020-06-08, or an ISO date-time)");
            }
            if (!dates.contains(parsed)) {
                return new InputResult.Failed(where, "article \"" + id + "\": published date " + date.strip() + " is " + dates.outside());
            }
            published = new PublishedDate(parsed, PublishedDate.Origin.GIVEN);
        }
        java.util.List<String> warnings = new java.util.ArrayList<>();
        TextNormalizer.Result normal = TextNormalizer.normalize(content);
        if (normal.changed()) {
            warnings.add(where + ": article \"" + id + "\": \"" + (isHtml ? "html" : "text") + "\": " + normal.describe());
        }
        return new InputResult.Read(new RawDocument(TextNormalizer.normalize(id).text(), where, isHtml ? InputFormat.HTML : InputFormat.TEXT,
                normal.text(), normalized(title), normalized(url), published, normalized(outlet)), warnings);
    }

    private static String normalized(String s) {
        return s == null ? null : TextNormalizer.normalize(s).text();
    }

    /** A text field ("text", "html"): a JSON string, or null when absent or null; a number, boolean, array or object is refused. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string, not "
                    + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return v.asText();
    }

    /**
     * An ISO date ({@code 2020-06-08}), a date-time with offset ({@code 2020-06-08T10:15:00+02:00},
     * {@code ...Z}) or a local date-time ({@code 2020-06-08T10:15}); the calendar date as written,
     * not shifted to another zone. Null when the value is none of these.
     */
    static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notDate) {
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(value).toLocalDate();
                } catch (DateTimeParseException notLocal) {
                    return null;
                }
            }
        }
    }

    /** The field as text; null when absent or JSON null; numbers and booleans as written. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string, not " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return v.asText();
    }

    /**
     * Optional metadata: a value that is not text (feeds reuse these names, e.g. "source" for a
     * list of structured sources) is ignored like an unknown field rather than failing the article.
     */
    private static String metadata(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
