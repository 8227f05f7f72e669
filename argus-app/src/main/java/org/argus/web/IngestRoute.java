package org.argus.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.argus.ingest.InputReader;
import org.argus.ingest.InputResult;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.pipeline.Outcome;
import org.argus.store.UpsertResult;

/**
 * POST /api/articles: analyses one article through the pipeline and stores it, as {@code argus
 * ingest} does for one JSONL line. Only with a token: the server must have been started with one and
 * the request must carry it ({@code Authorization: Bearer TOKEN}), else 401, checked before the body
 * is read. A body over the limit is 413, whether its length is declared or not. The body is a JSONL
 * line's object ({@code application/json}) or a page ({@code text/html}, its id and other fields as
 * query parameters).
 */
final class IngestRoute {
    private static final SourceRef WHERE = SourceRef.file("POST /api/articles");
    private final WebConfig config;
    private final StorePool pool;
    private final Function<RawDocument, Outcome> analyse;
    private final ApiJson json;

    IngestRoute(WebConfig config, StorePool pool, Function<RawDocument, Outcome> analyse, ApiJson json) {
        this.config = config;
        this.pool = pool;
        this.analyse = analyse;
        this.json = json;
    }

    void post(Context ctx) {
        authorise(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        boolean html = type.equals("text/html");
        if (!html && !type.equals("application/json")) {
            throw new ApiException(415, null, "send the article as application/json (a JSONL line's object) or text/html, not '" + type + "'");
        }
        Params p = new Params(ctx, html ? Set.of("id", "url", "title", "published", "source") : Set.of());
        String body = body(ctx);
        String line = body;
        if (html) {
            ObjectNode o = json.mapper().createObjectNode().put("id", p.required("id")).put("html", body);
            for (String field : new String[] {"url", "title", "published", "source"}) {
                o.put(field, p.text(field));
            }
            line = json.write(o);
        }
        InputResult read = InputReader.article(line, WHERE);
        if (read instanceof InputResult.Failed failed) {
            throw new ApiException(400, null, failed.reason());
        }
        Outcome outcome = analyse.apply(((InputResult.Read) read).document());
        if (outcome instanceof Outcome.Rejected rejected) {
            throw new ApiException(422, null, rejected.message());
        }
        UpsertResult stored = pool.with(s -> s.upsert(((Outcome.Accepted) outcome).document()));
        ObjectNode answer = json.mapper().createObjectNode().put("id", stored.articleId()).put("inserted", stored.inserted())
                .put("duplicateOf", stored.duplicateOf()).put("href", "/api/articles/" + stored.articleId());
        Responses.json(ctx, stored.inserted() ? 201 : 200, answer, json);
    }

    /** 401 unless ingest is on and the request carries its token (compared in constant time). */
    private void authorise(Context ctx) {
        if (config.token() == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, null, "ingest is off: start argus serve with --token or ARGUS_TOKEN");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, null, header == null ? "send the token as 'Authorization: Bearer TOKEN'" : "wrong token");
        }
    }

    /** The body as UTF-8 text, read up to the limit: 413 past it, 400 when not UTF-8. */
    private String body(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > config.maxBodyBytes()) {
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = ctx.bodyInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > config.maxBodyBytes()) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new ApiException(400, null, "cannot read the request body: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, null, "the body is not UTF-8 text");
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, null, "the body is over the limit of " + config.maxBodyBytes() + " bytes");
    }
}
