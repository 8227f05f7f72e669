package org.argus.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.argus.model.Actor;
import org.argus.model.Article;
import org.argus.model.ArticleMeta;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Quote;

/** Converts a document to the Argus JSONL object. Stateless and thread-safe. */
public final class DocumentJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson eventJson = new EventJson();
    private final QuoteJson quoteJson = new QuoteJson();
    private final ActorJson actorJson = new ActorJson();

    /** The document as one JSON object following docs/schema.md. */
    public ObjectNode toJson(Document doc) {
        ObjectNode o = mapper.createObjectNode();
        Article a = doc.article();
        o.put("id", doc.id());
        o.put("title", a == null ? doc.raw().title() : a.title());
        if (a != null && a.published() != null) {
            o.put("published", a.published().date().toString());
            o.put("publishedOrigin", a.published().origin().name().toLowerCase(java.util.Locale.ROOT));
        } else {
            o.putNull("published");
            o.putNull("publishedOrigin");
        }
        o.put("source", a == null ? doc.raw().outlet() : a.outlet());
        o.put("url", a == null ? doc.raw().url() : a.url());
        o.put("text", doc.text());
        ArrayNode captions = o.putArray("captions");
        if (a != null) {
            a.captions().forEach(captions::add);
        }
        ArticleMeta meta = a == null ? ArticleMeta.NONE : a.meta();
        o.put("subtitle", meta.subtitle());
        meta.authors().forEach(o.putArray("authors")::add);
        o.put("language", meta.language());
        o.put("modified", meta.modified() == null ? null : meta.modified().toString());
        ArrayNode actors = o.putArray("actors");
        for (Actor actor : doc.actors()) {
            actors.add(actorJson.write(actor));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : doc.quotes()) {
            quotes.add(quoteJson.write(q, doc.text()));
        }
        ArrayNode events = o.putArray("events");
        for (Event e : doc.events()) {
            events.add(eventJson.write(e, doc.text()));
        }
        return o;
    }

    /** One line of JSONL. */
    public String toLine(Document doc) {
        try {
            return mapper.writeValueAsString(toJson(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise document " + doc.id(), e);
        }
    }
}
