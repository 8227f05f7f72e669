package org.argus.pipeline;

import java.util.Set;
import org.argus.model.Document;

/**
 * One step of the pipeline: takes a document and returns a copy with its layer added.
 * Implementations state their thread rules in their Javadoc. A stage that cannot process a document
 * throws {@link StageException} with a reason a user can read; the pipeline turns that into a
 * {@link Outcome.Rejected} and goes on with the next document.
 */
public interface Stage {
    /** Short name used in messages ("extract", "annotate", ...). */
    String name();

    /** Layers that must be present before this stage runs. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> provides();

    Document apply(Document document);

    /**
     * As {@link #apply(Document)} within a time limit: a stage whose work on one document can be long
     * (annotation of a long text, extraction of a big page) checks {@code deadline} as it goes and
     * stops with {@link Deadline.Exceeded}. The pipeline checks it between stages in any case.
     */
    default Document apply(Document document, Deadline deadline) {
        return apply(document);
    }
}
