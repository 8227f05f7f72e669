package org.argus.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.argus.model.Document;
import org.argus.model.RawDocument;

/**
 * An ordered chain of stages, checked when built: every layer a stage requires must be provided by
 * the stages before it. Thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Set<Layer> provided;

    private Pipeline(List<Stage> stages, Set<Layer> provided) {
        this.stages = stages;
        this.provided = provided;
    }

    /**
     * Builds a pipeline from stages in order.
     *
     * @throws IllegalArgumentException naming the stage and the missing layers when a requirement is unmet
     */
    public static Pipeline of(List<? extends Stage> stages) {
        Set<Layer> have = EnumSet.of(Layer.RAW);
        for (Stage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(have);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + ", which no earlier stage provides (have " + have + ")");
            }
            have.addAll(stage.provides());
        }
        return new Pipeline(List.copyOf(stages), Set.copyOf(have));
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** All layers present after the last stage. */
    public Set<Layer> provides() {
        return provided;
    }

    /** Runs every stage over one input; a stage failure becomes a rejection naming the stage. */
    public Outcome run(RawDocument raw) {
        return run(raw, Deadline.NONE);
    }

    /**
     * Runs every stage over one input within {@code deadline} (checked before each stage, and by the
     * stages that can take long); a stage failure or the deadline becomes a rejection naming the stage.
     */
    public Outcome run(RawDocument raw, Deadline deadline) {
        Document doc = Document.of(raw);
        for (Stage stage : stages) {
            try {
                deadline.check();
                doc = stage.apply(doc, deadline);
            } catch (StageException | Deadline.Exceeded e) {
                return new Outcome.Rejected(raw.id(), raw.source(), stage.name(), e.getMessage());
            } catch (OutOfMemoryError e) {
                // the document's own data is released with this frame; the run goes on with the next
                return new Outcome.Rejected(raw.id(), raw.source(), stage.name(), "not enough memory to analyse this input");
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome.Rejected(raw.id(), raw.source(), stage.name(),
                        "internal error: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        return new Outcome.Accepted(doc);
    }

    /** Names of the stages in order, for messages. */
    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        for (Stage s : stages) {
            names.add(s.name());
        }
        return names;
    }
}
