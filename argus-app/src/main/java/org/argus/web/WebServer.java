package org.argus.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.argus.model.RawDocument;
import org.argus.pipeline.Outcome;

/**
 * {@code argus serve}: the JSON API over the corpus ({@code /api/...}, described by
 * {@code /api/openapi.json}) and the dashboard that reads it ({@code /}, its pages and their assets
 * under {@code /assets/}, all from this jar). Answers carry a Content-Security-Policy without inline
 * scripts; API errors are JSON naming what is wrong. One instance serves from {@link #start} to
 * {@link #close}; request handling is thread-safe.
 */
public final class WebServer implements AutoCloseable {
    /** Where the dashboard's files sit on the class path. */
    static final String DASHBOARD = "/org/argus/web/dashboard";
    /** The dashboard's pages: path pattern to HTML file. */
    private static final Map<String, String> PAGES = Map.of("/", "index.html", "/actors", "actors.html", "/actors/<id>", "actor.html",
            "/timeline", "timeline.html", "/alliances", "alliances.html", "/claims", "claims.html", "/articles/<id>", "article.html");

    private final WebConfig config;
    private final PrintWriter log;
    private final ApiJson json = new ApiJson();
    private final List<String> apiRoutes = new ArrayList<>();
    private final Javalin app;

    /**
     * A server over the stores of {@code pool}; {@code analyse} runs the pipeline for POST (only
     * called when the config has a token); unexpected failures are reported on {@code log}.
     */
    public WebServer(WebConfig config, StorePool pool, Function<RawDocument, Outcome> analyse, PrintWriter log) {
        this.config = config;
        this.log = log;
        CorpusRoutes corpus = new CorpusRoutes(pool, new ViewCache(64), json);
        ViewRoutes views = new ViewRoutes(pool, json, corpus);
        IngestRoute ingest = new IngestRoute(config, pool, analyse, json);
        byte[] openApi = resource("/org/argus/web/openapi.json");
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = config.maxBodyBytes();
            c.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = DASHBOARD + "/assets";
                files.location = Location.CLASSPATH;
            });
            c.routes.before(Responses::secure);
            api(c, "GET", "/api/health", ctx -> Responses.json(ctx, json.mapper().createObjectNode().put("status", "ok"), json));
            api(c, "GET", "/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
            api(c, "GET", "/api/overview", views::overview);
            api(c, "GET", "/api/articles", corpus::articles);
            api(c, "POST", "/api/articles", ingest::post);
            api(c, "GET", "/api/articles/{id}", corpus::article);
            api(c, "GET", "/api/actors", corpus::actors);
            api(c, "GET", "/api/actors/{id}", corpus::actor);
            api(c, "GET", "/api/events", corpus::events);
            api(c, "GET", "/api/quotes", corpus::quotes);
            api(c, "GET", "/api/timeline", views::timeline);
            api(c, "GET", "/api/alliances", views::alliances);
            api(c, "GET", "/api/claims", views::claims);
            api(c, "GET", "/api/brief", views::brief);
            PAGES.forEach((path, file) -> {
                byte[] page = resource(DASHBOARD + "/" + file);
                c.routes.get(path, ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
            });
            c.routes.exception(ApiException.class, (e, ctx) -> Responses.json(ctx, e.status(), json.error(e.getMessage(), e.parameter()), json));
            c.routes.exception(Exception.class, (e, ctx) -> {
                log.println("argus: serve: " + ctx.method() + " " + ctx.path() + ": " + e);
                log.flush();
                Responses.json(ctx, 500, json.error("internal error (reported on the server's stderr)", null), json);
            });
            c.routes.error(404, ctx -> notFound(ctx));
            c.routes.error(405, ctx -> Responses.json(ctx, 405, json.error(ctx.method() + " is not allowed on " + ctx.path(), null), json));
        });
    }

    /** Registers an API route (its path with {@code {param}} as the OpenAPI document writes it). */
    private void api(io.javalin.config.JavalinConfig c, String method, String path, Handler handler) {
        apiRoutes.add(method + " " + path);
        String route = path.replace("{id}", "<id>");
        if (method.equals("POST")) {
            c.routes.post(route, handler);
        } else {
            c.routes.get(route, handler);
        }
    }

    private void notFound(Context ctx) {
        if (ctx.path().startsWith("/api/") && ctx.attribute(Responses.ANSWERED) == null) {
            Responses.json(ctx, 404, json.error("no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)", null), json);
        } else if (!ctx.path().startsWith("/api/")) {
            ctx.contentType("text/plain; charset=utf-8").result("Not found: " + ctx.path());
        }
    }

    /** Starts listening; returns this server. */
    public WebServer start() {
        app.start();
        return this;
    }

    /** The port it listens on (the one chosen when the config said 0). */
    public int port() {
        return app.port();
    }

    /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The API's routes as "METHOD /path" (path parameters written {@code {id}}), in registration order. */
    List<String> apiRoutes() {
        return List.copyOf(apiRoutes);
    }

    @Override
    public void close() {
        app.stop();
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
