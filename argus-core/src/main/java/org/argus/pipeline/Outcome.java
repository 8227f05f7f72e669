package org.argus.pipeline;

import org.argus.model.Document;
import org.argus.model.SourceRef;

/** What became of one input: analysed, or rejected with the stage and reason. Never null. */
public sealed interface Outcome {
    record Accepted(Document document) implements Outcome {
    }

    record Rejected(String id, SourceRef source, String stage, String reason) implements Outcome {
        /** One line for the user: file (and line), stage and reason. */
        public String message() {
            return source + ": " + (stage == null ? "" : stage + ": ") + reason;
        }
    }
}
