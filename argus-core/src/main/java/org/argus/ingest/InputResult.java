package org.argus.ingest;

import org.argus.model.RawDocument;
import org.argus.model.SourceRef;

/** One input as read: a document, or why it could not be read (naming the file and line). */
public sealed interface InputResult {
    record Read(RawDocument document) implements InputResult {
    }

    record Failed(SourceRef source, String reason) implements InputResult {
    }
}
