package org.argus.ingest;

/**
 * A page or feed that could not be fetched: the URL, the HTTP status when the server answered (else
 * -1), and one line saying why.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final int status;

    public FetchException(String url, int status, String reason) {
        super(reason);
        this.url = url;
        this.status = status;
    }

    public String url() {
        return url;
    }

    /** The HTTP status, or -1 when there was no answer. */
    public int status() {
        return status;
    }
}
