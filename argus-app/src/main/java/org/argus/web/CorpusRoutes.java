package org.argus.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.argus.model.ActorType;
import org.argus.model.EventType;
import org.argus.output.DocumentJson;
import org.argus.store.ArticleFilter;
import org.argus.store.CorpusActor;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import org.argus.store.Page;

/**
 * The lists read from the database a page at a time (articles, events, quotes), one article with
 * its annotations, and the corpus actors. Each takes the filters of its command line twin.
 */
final class CorpusRoutes {
    private final StorePool pool;
    private final ViewCache cache;
    private final ApiJson json;
    private final DocumentJson documentJson = new DocumentJson();

    CorpusRoutes(StorePool pool, ViewCache cache, ApiJson json) {
        this.pool = pool;
        this.cache = cache;
        this.json = json;
    }

    /** GET /api/articles: newest first; {@code q} searches titles and texts. */
    void articles(Context ctx) {
        Params p = new Params(ctx, Set.of("q", "from", "to", "limit", "cursor"));
        LocalDate[] dates = p.dates();
        ArticleFilter filter = new ArticleFilter(p.text("q"), dates[0], dates[1]);
        String cursor = p.text("cursor");
        int limit = p.limit();
        Responses.json(ctx, json.page(guarded("q", () -> pool.with(s -> s.articles(filter, cursor, limit))), json::value), json);
    }

    /** GET /api/articles/{id}: the article object {@code analyze --format jsonl} prints. */
    void article(Context ctx) {
        new Params(ctx, Set.of());
        String id = ctx.pathParam("id");
        var doc = pool.with(s -> s.document(id))
                .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
        Responses.json(ctx, documentJson.toJson(doc), json);
    }

    /** GET /api/events: in date order, each the event object with its article. */
    void events(Context ctx) {
        Params p = new Params(ctx, Set.of("actor", "type", "from", "to", "rule", "limit", "cursor"));
        LocalDate[] dates = p.dates();
        Filters.EventFilter filter = new Filters.EventFilter(p.text("actor"), p.constant("type", EventType.class), dates[0], dates[1],
                p.text("rule"));
        String cursor = p.text("cursor");
        int limit = p.limit();
        Responses.json(ctx, json.page(guarded(null, () -> pool.with(s -> s.events(filter, cursor, limit))), json::event), json);
    }

    /** GET /api/quotes: by article date, each the quote object with its article. */
    void quotes(Context ctx) {
        Params p = new Params(ctx, Set.of("speaker", "kind", "from", "to", "rule", "limit", "cursor"));
        LocalDate[] dates = p.dates();
        Filters.QuoteFilter filter = new Filters.QuoteFilter(p.text("speaker"), p.choice("kind", List.of("direct", "indirect", "labelled")),
                dates[0], dates[1], p.text("rule"));
        String cursor = p.text("cursor");
        int limit = p.limit();
        Responses.json(ctx, json.page(guarded(null, () -> pool.with(s -> s.quotePage(filter, cursor, limit))), json::quote), json);
    }

    /** GET /api/actors: the corpus actors, most mentioned first. */
    void actors(Context ctx) {
        Params p = new Params(ctx, Set.of("name", "type", "country", "limit", "cursor"));
        Filters.ActorFilter filter = new Filters.ActorFilter(p.text("name"), p.constant("type", ActorType.class), p.country("country"));
        String cursor = p.text("cursor");
        int limit = p.limit();
        List<CorpusActor> all = view("actors|" + filter, () -> pool.with(s -> s.actors(filter)));
        Responses.json(ctx, json.page(guarded(null, () -> Page.slice("actors", all, cursor, limit)), json::value), json);
    }

    /** GET /api/actors/{id}: one corpus actor. */
    void actor(Context ctx) {
        new Params(ctx, Set.of());
        String id = ctx.pathParam("id");
        Filters.ActorFilter all = Filters.ActorFilter.all();
        List<CorpusActor> actors = view("actors|" + all, () -> pool.with(s -> s.actors(all)));
        CorpusActor actor = actors.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no corpus actor with id '" + id + "'"));
        Responses.json(ctx, json.value(actor), json);
    }

    /** A corpus view, computed once per corpus version. */
    <T> T view(String key, Supplier<T> compute) {
        String version = pool.with(CorpusStore::version);
        return cache.get(version, key, compute);
    }

    /**
     * Runs a store call whose arguments came from the request: a cursor not of this list is a bad
     * {@code cursor}, any other refused argument a bad {@code parameter}.
     */
    static <T> T guarded(String parameter, Supplier<T> call) {
        try {
            return call.get();
        } catch (Page.InvalidCursorException e) {
            throw ApiException.badParameter("cursor", e.getMessage());
        } catch (ApiException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            if (parameter == null) {
                throw e;
            }
            throw ApiException.badParameter(parameter, "'" + parameter + "': " + e.getMessage());
        }
    }
}
