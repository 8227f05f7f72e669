package org.argus.pipeline;

/** A stage could not process a document; the message says why, in words for the user. */
public final class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StageException(String message) {
        super(message);
    }

    public StageException(String message, Throwable cause) {
        super(message, cause);
    }
}
