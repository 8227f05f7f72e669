package org.argus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.Disputes;
import org.argus.model.EventType;
import org.argus.store.Brief;
import org.argus.store.CorpusActor;
import org.argus.store.CorpusQuote;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import org.argus.store.Page;
import org.argus.store.StoredQuote;
import org.argus.store.TimelineEntry;

/**
 * The corpus views computed over the whole corpus (timeline, alliances, disputed claims, the brief
 * on one actor, the overview), each kept per corpus version ({@link ViewCache}) and listed a page at
 * a time.
 */
final class ViewRoutes {
    private final StorePool pool;
    private final ApiJson json;
    private final CorpusRoutes corpus;

    ViewRoutes(StorePool pool, ApiJson json, CorpusRoutes corpus) {
        this.pool = pool;
        this.json = json;
        this.corpus = corpus;
    }

    /** GET /api/timeline: real-world events in date order, each with its reports. */
    void timeline(Context ctx) {
        Params p = new Params(ctx, Set.of("actor", "type", "from", "to", "limit", "cursor"));
        LocalDate[] dates = p.dates();
        Filters.EventFilter filter = new Filters.EventFilter(p.text("actor"), p.constant("type", EventType.class), dates[0], dates[1]);
        List<TimelineEntry> all = corpus.view("timeline|" + filter, () -> pool.with(s -> s.timeline(filter)));
        page(ctx, p, "timeline", all, json::value);
    }

    /** GET /api/alliances: signed edges between corpus actors from events dated in [from, to]. */
    void alliances(Context ctx) {
        Params p = new Params(ctx, Set.of("from", "to", "limit", "cursor"));
        LocalDate[] dates = p.dates();
        List<AllianceGraph.Edge> all = corpus.view("alliances|" + dates[0] + "|" + dates[1], () -> pool.with(s -> s.alliances(dates[0], dates[1])));
        page(ctx, p, "alliances", all, json::edge);
    }

    /** GET /api/claims: disputed claims, the most reported first. */
    void claims(Context ctx) {
        Params p = new Params(ctx, Set.of("from", "to", "limit", "cursor"));
        LocalDate[] dates = p.dates();
        List<Disputes.Dispute> all = corpus.view("claims|" + dates[0] + "|" + dates[1], () -> pool.with(s -> s.disputes(dates[0], dates[1])));
        page(ctx, p, "claims", all, json::dispute);
    }

    /** GET /api/overview: counts, dates and events by month and type. */
    void overview(Context ctx) {
        new Params(ctx, Set.of());
        Responses.json(ctx, corpus.view("overview", () -> json.value(pool.with(CorpusStore::overview))), json);
    }

    /** GET /api/brief?actor=NAME: what the corpus says about one actor. */
    void brief(Context ctx) {
        Params p = new Params(ctx, Set.of("actor", "from", "to", "events", "quotes"));
        String actor = p.required("actor");
        LocalDate[] dates = p.dates();
        int events = p.number("events", Brief.DEFAULT_EVENTS, 1, 100);
        int quotes = p.number("quotes", Brief.DEFAULT_QUOTES, 1, 100);
        String key = "brief|" + actor.toLowerCase(Locale.ROOT) + "|" + dates[0] + "|" + dates[1] + "|" + events + "|" + quotes;
        Responses.json(ctx, corpus.view(key, () -> pool.with(s -> brief(s, s.brief(actor, dates[0], dates[1], events, quotes)))), json);
    }

    private <T> void page(Context ctx, Params p, String list, List<T> all, java.util.function.Function<T, JsonNode> item) {
        String cursor = p.text("cursor");
        int limit = p.limit();
        Responses.json(ctx, json.page(CorpusRoutes.guarded(null, () -> Page.slice(list, all, cursor, limit)), item), json);
    }

    /**
     * The brief as JSON: its actors, key events, quotes by the actor and about it (each the quote
     * object), alliances and disputes, and the articles cited (metadata, no text).
     */
    private JsonNode brief(CorpusStore store, Brief b) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("query", b.query());
        o.put("from", b.from() == null ? null : b.from().toString());
        o.put("to", b.to() == null ? null : b.to().toString());
        o.set("actors", json.array(b.actors(), json::value));
        o.set("events", json.array(b.events(), json::value));
        List<String> names = new ArrayList<>();
        names.add(b.query().toLowerCase(Locale.ROOT));
        for (CorpusActor a : b.actors()) {
            names.add(a.name().toLowerCase(Locale.ROOT));
            a.aliases().forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
        }
        ArrayNode by = o.putArray("quotesBy");
        ArrayNode about = o.putArray("quotesAbout");
        for (CorpusQuote q : b.quotes()) {
            StoredQuote stored = store.quoteAt(q.article(), q.start(), q.end());
            if (stored == null) {
                continue;
            }
            String speaker = q.speaker() == null ? "" : q.speaker().toLowerCase(Locale.ROOT);
            boolean isBy = !speaker.isEmpty() && names.stream().anyMatch(n -> n.equals(speaker) || speaker.contains(b.query().toLowerCase(Locale.ROOT)));
            (isBy ? by : about).add(json.quote(stored));
        }
        o.set("alliances", json.array(b.alliances(), json::edge));
        o.set("disputes", json.array(b.disputes(), json::dispute));
        ObjectNode articles = o.putObject("articles");
        b.articles().forEach((id, s) -> articles.putObject(id).put("id", s.id()).put("title", s.title()).put("source", s.outlet())
                .put("url", s.url()).put("published", s.published()));
        return o;
    }
}
