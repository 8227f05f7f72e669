package org.argus.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.Article;
import org.argus.model.ArticleMeta;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Mention;
import org.argus.model.Quote;
import org.argus.model.Span;

/** Converts a document to the Argus JSONL object. Stateless and thread-safe. */
public final class DocumentJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson eventJson = new EventJson();

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
            actors.add(actor(actor));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : doc.quotes()) {
            quotes.add(quote(q, doc.text()));
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

    private ObjectNode actor(Actor actor) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", actor.id());
        o.put("name", actor.name());
        o.put("type", actor.type().name());
        o.put("country", actor.country());
        o.put("sector", actor.sector());
        o.put("role", actor.role());
        ArrayNode aliases = o.putArray("aliases");
        actor.aliases().forEach(aliases::add);
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : actor.mentions()) {
            ObjectNode mention = mention(m.text(), m.span());
            mention.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            mentions.add(mention);
        }
        return o;
    }

    /**
     * A quote; the speaker's {@code name} is the text's own words at the speaker's offsets ("he",
     * "the ministry"), {@code actor} and {@code actorName} the actor they resolve to.
     */
    private ObjectNode quote(Quote q, String text) {
        ObjectNode o = mapper.createObjectNode();
        o.put("text", q.text());
        o.put("start", q.span().start());
        o.put("end", q.span().end());
        o.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (q.speaker() == null) {
            o.putNull("speaker");
        } else {
            ObjectNode s = o.putObject("speaker");
            Span at = q.speaker().span();
            s.put("name", wordsAt(at, text, q.speaker().name()));
            s.put("actor", q.speaker().actorId());
            s.put("actorName", q.speaker().actorId() == null ? null : q.speaker().name());
            putSpan(s, at);
        }
        if (q.cue() == null) {
            o.putNull("cue");
        } else {
            o.set("cue", mention(q.cue().text(), q.cue().span()));
        }
        ArrayNode trace = o.putArray("trace");
        q.trace().forEach(trace::add);
        return o;
    }

    /** The text at {@code at} when the span lies inside it, else {@code otherwise}. */
    private static String wordsAt(Span at, String text, String otherwise) {
        return at != null && at.start() >= 0 && at.end() <= text.length() && at.start() < at.end() ? at.of(text) : otherwise;
    }

    private ObjectNode mention(String text, Span span) {
        ObjectNode o = mapper.createObjectNode();
        o.put("text", text);
        putSpan(o, span);
        return o;
    }

    private static void putSpan(ObjectNode o, Span span) {
        if (span == null) {
            o.putNull("start");
            o.putNull("end");
        } else {
            o.put("start", span.start());
            o.put("end", span.end());
        }
    }
}
