package org.argus.spark.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Article;
import org.argus.model.ArticleMeta;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.PublishedDate;
import org.argus.model.Quote;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.output.EventJson;

/**
 * An analysed document read back from its article object (docs/schema.md), as much of it as the
 * store keeps: the article and its metadata, its actors with their mentions, its quotes and its
 * events ({@link EventJson#read}). The parse is not in the object and is not rebuilt. Stateless.
 */
public final class DocumentReader {
    private final EventJson events = new EventJson();

    /** The document of {@code o}, read from {@code input} (file and line, for the store's provenance). */
    public Document read(JsonNode o, SourceRef input) {
        String id = o.get("id").asText();
        String text = o.get("text").asText();
        PublishedDate published = null;
        if (text(o, "published") != null) {
            String origin = text(o, "publishedOrigin");
            published = new PublishedDate(LocalDate.parse(text(o, "published")),
                    PublishedDate.Origin.valueOf((origin == null ? "given" : origin).toUpperCase(Locale.ROOT)));
        }
        ArticleMeta meta = new ArticleMeta(text(o, "subtitle"), strings(o.path("authors")), text(o, "language"),
                text(o, "modified") == null ? null : LocalDate.parse(text(o, "modified")));
        Article article = new Article(text(o, "title"), text, published, text(o, "url"), text(o, "source"), strings(o.path("captions")), meta);
        RawDocument raw = new RawDocument(id, input, InputFormat.TEXT, text, text(o, "title"), text(o, "url"), null, text(o, "source"));
        List<Actor> actors = new ArrayList<>();
        for (JsonNode a : o.path("actors")) {
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : a.path("mentions")) {
                mentions.add(new Mention(m.get("text").asText(), span(m),
                        Mention.Kind.valueOf(m.path("kind").asText("name").toUpperCase(Locale.ROOT))));
            }
            actors.add(new Actor(text(a, "id"), text(a, "name"), ActorType.valueOf(a.get("type").asText()), text(a, "country"),
                    text(a, "sector"), text(a, "role"), mentions));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) {
            JsonNode s = q.path("speaker");
            ActorRef speaker = s.isObject() ? new ActorRef(text(s, "actorName") != null ? text(s, "actorName") : text(s, "name"),
                    text(s, "actor"), null, null, s.path("start").isNumber() ? span(s) : null) : null;
            JsonNode c = q.path("cue");
            Quote.Cue cue = c.isObject() ? new Quote.Cue(text(c, "text"), span(c)) : null;
            quotes.add(new Quote(text(q, "text"), span(q), Quote.Kind.valueOf(q.get("kind").asText().toUpperCase(Locale.ROOT)), speaker, cue,
                    strings(q.path("trace"))));
        }
        List<Event> evs = new ArrayList<>();
        for (JsonNode e : o.path("events")) {
            evs.add(events.read(e));
        }
        return new Document(raw, article, null, actors, quotes, evs);
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
