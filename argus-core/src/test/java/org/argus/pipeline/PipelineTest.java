package org.argus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.argus.extract.ExtractStage;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.junit.jupiter.api.Test;

class PipelineTest {
    /** A stage that needs parsed sentences, to check the pipeline refuses a wrong order. */
    private static final class NeedsParse implements Stage {
        public String name() {
            return "needs-parse";
        }

        public Set<Layer> requires() {
            return Set.of(Layer.DEPENDENCIES);
        }

        public Set<Layer> provides() {
            return Set.of(Layer.EVENTS);
        }

        public Document apply(Document d) {
            return d;
        }
    }

    @Test
    void aStageWhoseRequirementsNoEarlierStageProvidesIsRefusedWhenBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of(new ExtractStage(), new NeedsParse()));
        assertTrue(e.getMessage().contains("'needs-parse' requires [DEPENDENCIES]"), e.getMessage());
    }

    @Test
    void aFailingStageBecomesARejectionNamingTheStageAndInput() {
        Pipeline p = Pipeline.of(List.of(new ExtractStage()));
        Outcome o = p.run(new RawDocument("x", new SourceRef("feed.jsonl", 7), InputFormat.HTML, "<script>menu()</script>",
                null, null, null, null));
        Outcome.Rejected r = assertInstanceOf(Outcome.Rejected.class, o);
        assertEquals("feed.jsonl:7: extract: no article text found", r.message());
    }
}
