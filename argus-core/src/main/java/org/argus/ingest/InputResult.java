package org.argus.ingest;

import org.argus.model.RawDocument;
import org.argus.model.SourceRef;

/** One input as read: a document, or why it could not be read (naming the file and, for JSONL, the line). */
public sealed interface InputResult {
    /** Where this input came from. */
    SourceRef source();

    /**
     * An input read successfully; {@code warnings} are what was changed while reading it (invalid bytes
     * replaced, NUL characters replaced), each one line {@code file[:line]: reason}.
     */
    record Read(RawDocument document, java.util.List<String> warnings) implements InputResult {
        public Read {
            warnings = java.util.List.copyOf(warnings);
        }

        /** An input read without warnings. */
        public Read(RawDocument document) {
            this(document, java.util.List.of());
        }

        @Override
        public SourceRef source() {
            return document.source();
        }
    }

    /**
     * An input that could not be read.
     *
     * @param source the file (and 1-based JSONL line)
     * @param reason one line saying what is wrong, without the file name (see {@link #message()})
     */
    record Failed(SourceRef source, String reason) implements InputResult {
        /** One line for the user: {@code file[:line]: reason}. */
        public String message() {
            return source + ": " + reason;
        }
    }
}
