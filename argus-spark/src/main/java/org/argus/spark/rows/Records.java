package org.argus.spark.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of each kind in one article object ({@code DocumentJson}, as {@code argus analyze
 * --format jsonl} prints it): the article itself, after where it was read ({@code input}: file and
 * JSONL line), and its events, quotes and actors, each the object the article holds after the
 * article's id (events and quotes also after its title and date, as the store's {@code events}
 * listing prints them). A record is its context fields, then the object. Stateless.
 */
public enum Records {
    ARTICLES("articles", List.of("input")),
    EVENTS("events", List.of("article", "title", "published")),
    QUOTES("quotes", List.of("article", "title", "published")),
    ACTORS("actors", List.of("article"));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String output;
    private final List<String> context;

    Records(String output, List<String> context) {
        this.output = output;
        this.context = context;
    }

    /** The output's name (its folder and schema). */
    public String output() {
        return output;
    }

    /** The fields a record carries besides the object it holds: its article's id (and title, date). */
    public List<String> context() {
        return context;
    }

    /** This kind's records in {@code article}, an article object read from {@code input}. */
    public List<ObjectNode> of(JsonNode article, String input) {
        if (this == ARTICLES) {
            ObjectNode record = MAPPER.createObjectNode();
            record.put("input", input);
            record.setAll((ObjectNode) article);
            return List.of(record);
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode item : article.path(output)) {
            ObjectNode record = MAPPER.createObjectNode();
            for (String field : context) {
                record.set(field, article.get(field.equals("article") ? "id" : field));
            }
            record.setAll((ObjectNode) item);
            out.add(record);
        }
        return out;
    }

    /** The object a record holds: the record without its context fields. */
    public ObjectNode object(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        copy.remove(context);
        return copy;
    }
}
