package org.argus.quotes.cue;

import java.util.List;
import org.argus.model.Span;
import org.argus.quotes.draft.CueAt;

/** The cue nearest a quotation, preferring those with a speaker. */
final class Nearest {
    private Nearest() {
    }

    /** Of {@code cues}, the one nearest {@code quote} (in characters) among those with a speaker, else among all; null when none. */
    static CueAt to(List<CueAt> cues, Span quote) {
        CueAt best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            for (CueAt c : cues) {
                if (pass == 0 && c.speakerHead() < 0) {
                    continue;
                }
                Span cs = c.span();
                int d = cs.end() <= quote.start() ? quote.start() - cs.end() : Math.max(0, cs.start() - quote.end());
                if (d < bestDist) {
                    best = c;
                    bestDist = d;
                }
            }
        }
        return best;
    }
}
