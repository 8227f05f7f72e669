package org.argus.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** How the server answers: JSON bodies and the headers every answer carries. */
final class Responses {
    /**
     * The page policy: scripts, styles, images and requests only from this server; no inline script
     * or style, no plugin, no framing, no form posting elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The request attribute set once a JSON answer was written (a later error page leaves it alone). */
    static final String ANSWERED = "argus.answered";

    private Responses() {
    }

    /** The security headers, on every answer (pages, assets, API, errors). */
    static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    static void json(Context ctx, JsonNode body, ApiJson json) {
        json(ctx, 200, body, json);
    }

    static void json(Context ctx, int status, JsonNode body, ApiJson json) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(json.write(body));
    }
}
