package org.argus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;

/** Parses one JSONL line into an article; unknown fields are ignored. */
final class JsonlArticle {
    private final ObjectMapper mapper = new ObjectMapper();

    InputResult parse(String line, SourceRef where) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (java.io.IOException e) {
            return new InputResult.Failed(where, "invalid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return new InputResult.Failed(where, "invalid JSON: expected an object per line");
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            return new InputResult.Failed(where, "missing \"id\"");
        }
        String html = text(node, "html");
        String body = text(node, "text");
        if ((body == null || body.isBlank()) && (html == null || html.isBlank())) {
            return new InputResult.Failed(where, "article \"" + id + "\" has no \"text\" or \"html\"");
        }
        PublishedDate published = null;
        String date = text(node, "published");
        if (date != null && !date.isBlank()) {
            LocalDate parsed = parseDate(date.trim());
            if (parsed == null) {
                return new InputResult.Failed(where, "invalid published date \"" + date + "\" (expected ISO date or date-time)");
            }
            published = new PublishedDate(parsed, PublishedDate.Origin.GIVEN);
        }
        boolean isHtml = body == null || body.isBlank();
        return new InputResult.Read(new RawDocument(id, where, isHtml ? InputFormat.HTML : InputFormat.TEXT,
                isHtml ? html : body, text(node, "title"), text(node, "url"), published, text(node, "source")));
    }

    /** An ISO date, date-time with offset, or local date-time; null when none of these. */
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

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
