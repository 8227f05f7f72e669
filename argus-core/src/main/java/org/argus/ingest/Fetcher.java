package org.argus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Fetches pages and feeds over HTTP(S) within a {@link FetchPolicy}: http and https only, connect and
 * read timeouts, a maximum size, a maximum number of redirects (each target checked again), only the
 * content types asked for, a pause between two requests to one host, a User-Agent naming Argus, and
 * each site's robots.txt (read once per site and run). Conditional requests (ETag, Last-Modified)
 * let a feed that has not changed answer 304. Every failure is a {@link FetchException} naming the
 * URL. Keeps per-host state: use one instance from one thread.
 */
public final class Fetcher {
    /** What a fetch accepts: web pages (HTML, plain text) or feeds (XML). */
    public enum Kind {
        PAGE(List.of("text/html", "application/xhtml+xml", "text/plain")),
        FEED(List.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "text/plain")),
        ROBOTS(List.of());

        private final List<String> types;

        Kind(List<String> types) {
            this.types = types;
        }

        boolean accepts(String mediaType) {
            return this == ROBOTS || types.contains(mediaType);
        }
    }

    /**
     * An answer: 200 with a body, or 304 (not modified, no body).
     *
     * @param url          the URL finally answered (after redirects)
     * @param mediaType    the media type, lower case, without parameters ("text/html"); null for 304
     * @param charset      the charset the Content-Type names, or null
     * @param etag         the ETag header, or null
     * @param lastModified the Last-Modified header as sent, or null
     */
    public record Response(String url, int status, String mediaType, String charset, byte[] body, String etag, String lastModified) {
        public boolean notModified() {
            return status == HttpURLConnection.HTTP_NOT_MODIFIED;
        }
    }

    private final FetchPolicy policy;
    private final LongConsumer sleeper;
    private final Map<String, RobotsRules> robots = new HashMap<>();
    private final Map<String, Long> lastRequest = new HashMap<>();

    public Fetcher(FetchPolicy policy) {
        this(policy, Fetcher::sleep);
    }

    /** A fetcher that pauses between requests to one host with {@code sleeper} (milliseconds). */
    Fetcher(FetchPolicy policy, LongConsumer sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** Fetches {@code url} unconditionally. */
    public Response fetch(String url, Kind kind) throws FetchException {
        return fetch(url, kind, null, null);
    }

    /**
     * Fetches {@code url}, sending {@code etag} and {@code lastModified} (either may be null) so the
     * server may answer 304 when nothing changed.
     */
    public Response fetch(String url, Kind kind, String etag, String lastModified) throws FetchException {
        URI uri = parse(url, url);
        for (int redirects = 0; ; redirects++) {
            if (kind != Kind.ROBOTS && !robotsFor(uri).allows(pathOf(uri))) {
                throw new FetchException(url, -1, "robots.txt of " + origin(uri) + " does not allow Argus to fetch " + pathOf(uri));
            }
            HttpURLConnection c = open(uri, kind, etag, lastModified);
            try {
                int status = status(c, url);
                if (status >= 300 && status < 400 && status != HttpURLConnection.HTTP_NOT_MODIFIED) {
                    String location = c.getHeaderField("Location");
                    if (location == null) {
                        throw new FetchException(url, status, "redirect (" + status + ") without a Location");
                    }
                    if (redirects >= policy.maxRedirects()) {
                        throw new FetchException(url, status, "more than " + policy.maxRedirects() + " redirects");
                    }
                    uri = parse(uri.resolve(location.strip()).toString(), url);
                    continue;
                }
                if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
                    return new Response(uri.toString(), status, null, null, new byte[0], c.getHeaderField("ETag"), c.getHeaderField("Last-Modified"));
                }
                if (status != HttpURLConnection.HTTP_OK) {
                    throw new FetchException(url, status, "HTTP " + status);
                }
                String[] type = contentType(c.getContentType());
                if (!kind.accepts(type[0])) {
                    throw new FetchException(url, status, type[0].isEmpty() ? "the server gives no Content-Type"
                            : "content type " + type[0] + " is not " + (kind == Kind.PAGE ? "HTML or plain text" : "a feed"));
                }
                byte[] body = body(c, url, kind == Kind.ROBOTS ? Math.min(policy.maxBytes(), 512 * 1024) : policy.maxBytes());
                return new Response(uri.toString(), status, type[0], type[1], body, c.getHeaderField("ETag"), c.getHeaderField("Last-Modified"));
            } finally {
                c.disconnect();
            }
        }
    }

    /** An http(s) URL, or a failure naming {@code asked}. */
    private static URI parse(String url, String asked) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(asked, -1, "not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(asked, -1, "only http and https URLs are fetched, not " + (scheme.isEmpty() ? "'" + url + "'" : scheme + ":"));
        }
        if (uri.getHost() == null) {
            throw new FetchException(asked, -1, "the URL names no host");
        }
        return uri;
    }

    private HttpURLConnection open(URI uri, Kind kind, String etag, String lastModified) throws FetchException {
        waitForHost(uri);
        try {
            URLConnection plain = uri.toURL().openConnection();
            HttpURLConnection c = (HttpURLConnection) plain;
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(millis(policy.connectTimeout()));
            c.setReadTimeout(millis(policy.readTimeout()));
            c.setUseCaches(false);
            c.setRequestProperty("User-Agent", policy.userAgent());
            c.setRequestProperty("Accept", kind == Kind.FEED ? "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9"
                    : kind == Kind.PAGE ? "text/html, application/xhtml+xml, text/plain;q=0.8" : "text/plain, */*;q=0.1");
            if (etag != null) {
                c.setRequestProperty("If-None-Match", etag);
            }
            if (lastModified != null) {
                c.setRequestProperty("If-Modified-Since", lastModified);
            }
            return c;
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException(uri.toString(), -1, "cannot open a connection: " + e.getMessage());
        }
    }

    private int status(HttpURLConnection c, String url) throws FetchException {
        try {
            return c.getResponseCode();
        } catch (SocketTimeoutException e) {
            throw new FetchException(url, -1, "no answer within the timeout (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new FetchException(url, -1, "cannot fetch: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** The body, refused as soon as it is longer than {@code max} (whatever Content-Length said). */
    private static byte[] body(HttpURLConnection c, String url, long max) throws FetchException {
        long declared = c.getContentLengthLong();
        if (declared > max) {
            throw new FetchException(url, 200, "the body of " + declared + " bytes is over the limit of " + max + " bytes");
        }
        try (InputStream in = c.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), max));
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (out.size() + n > max) {
                    throw new FetchException(url, 200, "the body is over the limit of " + max + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (SocketTimeoutException e) {
            throw new FetchException(url, 200, "the answer stalled past the read timeout");
        } catch (IOException e) {
            throw new FetchException(url, 200, "cannot read the answer: " + e.getMessage());
        }
    }

    /** {media type (lower case, or ""), charset or null} of a Content-Type header. */
    static String[] contentType(String header) {
        if (header == null) {
            return new String[] {"", null};
        }
        String[] parts = header.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                charset = p.substring(8).replace("\"", "").replace("'", "").strip();
            }
        }
        return new String[] {parts[0].strip().toLowerCase(Locale.ROOT), charset};
    }

    /** The site's rules, read once: 4xx means no rules, a server error or no answer means stay away (RFC 9309). */
    private RobotsRules robotsFor(URI uri) {
        return robots.computeIfAbsent(origin(uri), origin -> {
            try {
                Response r = fetch(origin + "/robots.txt", Kind.ROBOTS);
                return RobotsRules.parse(new String(r.body(), StandardCharsets.UTF_8), FetchPolicy.ROBOT_NAME);
            } catch (FetchException e) {
                return e.status() >= 400 && e.status() < 500 ? RobotsRules.ALLOW_ALL : RobotsRules.DISALLOW_ALL;
            }
        });
    }

    /** Waits until the host's last request is at least the policy's delay (or its robots.txt Crawl-delay, up to a minute) ago. */
    private void waitForHost(URI uri) {
        String host = origin(uri);
        long delay = policy.hostDelay().toMillis();
        RobotsRules rules = robots.get(host);
        if (rules != null && rules.crawlDelay() != null) {
            delay = Math.max(delay, Math.min(60_000, rules.crawlDelay().toMillis()));
        }
        Long last = lastRequest.get(host);
        long now = System.nanoTime();
        if (last != null) {
            long waitMs = delay - (now - last) / 1_000_000;
            if (waitMs > 0) {
                sleeper.accept(waitMs);
            }
        }
        lastRequest.put(host, System.nanoTime());
    }

    static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT).replaceFirst("^[^@]*@", "");
    }

    private static String pathOf(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
