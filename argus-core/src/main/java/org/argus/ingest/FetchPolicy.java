package org.argus.ingest;

import java.time.Duration;

/**
 * The limits of fetching from the web: how long to wait for a connection and for each read, the
 * largest body read, how many redirects are followed, the pause between two requests to one host,
 * and the User-Agent sent, which names Argus. Robots.txt is always honoured.
 *
 * @param connectTimeout longest wait for a connection
 * @param readTimeout    longest wait for each read of the answer
 * @param maxBytes       a larger body is refused (not truncated)
 * @param maxRedirects   redirects followed before giving up
 * @param hostDelay      least time between two requests to one host (a longer robots.txt Crawl-delay wins, up to a minute)
 * @param userAgent      the User-Agent header
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects, Duration hostDelay,
                          String userAgent) {
    /** The product token robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "Argus";

    public FetchPolicy {
        if (maxBytes <= 0 || maxRedirects < 0 || connectTimeout.isNegative() || readTimeout.isNegative() || hostDelay.isNegative()) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
        if (userAgent == null || !userAgent.contains(ROBOT_NAME)) {
            throw new IllegalArgumentException("the User-Agent must name " + ROBOT_NAME + ": " + userAgent);
        }
    }

    /** 10 s to connect, 30 s per read, 5 MiB, 5 redirects, 1 s between requests to one host. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 5, Duration.ofSeconds(1),
                ROBOT_NAME + "/0.1 (news analysis; fetches pages and feeds it is given, honours robots.txt)");
    }

    public FetchPolicy withHostDelay(Duration delay) {
        return new FetchPolicy(connectTimeout, readTimeout, maxBytes, maxRedirects, delay, userAgent);
    }

    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(connectTimeout, readTimeout, bytes, maxRedirects, hostDelay, userAgent);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration read) {
        return new FetchPolicy(connect, read, maxBytes, maxRedirects, hostDelay, userAgent);
    }
}
