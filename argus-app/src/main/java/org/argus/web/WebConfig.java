package org.argus.web;

/**
 * How the server listens and whom it lets write.
 *
 * @param host         the address to bind (loopback unless the user says otherwise)
 * @param port         the port, 0 for any free one
 * @param token        the secret a POST must carry ({@code Authorization: Bearer TOKEN}); null turns ingest off
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413
 */
public record WebConfig(String host, int port, String token, int maxBodyBytes) {
    /** The request body limit unless told otherwise: 5 MiB, ample for one article's HTML. */
    public static final int DEFAULT_MAX_BODY = 5 * 1024 * 1024;

    public WebConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must name an address");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive, not " + maxBodyBytes);
        }
    }

    @Override
    public String toString() {
        return "WebConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "set") + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
