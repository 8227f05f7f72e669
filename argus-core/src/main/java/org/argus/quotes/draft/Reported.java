package org.argus.quotes.draft;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;

/**
 * One cue read by the chain {@code quotes/chains/reported.txt}: the statement it reports (as a finder
 * gives it, then as the content units widen it), the quotations inside that statement, and whether a
 * filter dropped it. Mutable; one per cue, used by one thread.
 */
public final class Reported {
    private final Passage passage;
    private final Sentence sentence;
    private final CueAt cue;
    private Span content;
    private int start;
    private int end;
    private boolean dropped;
    private List<Marked> inside;

    public Reported(Passage passage, Sentence sentence, CueAt cue) {
        this.passage = passage;
        this.sentence = sentence;
        this.cue = cue;
    }

    public Passage passage() {
        return passage;
    }

    public Sentence sentence() {
        return sentence;
    }

    public CueAt cue() {
        return cue;
    }

    /** The statement as a finder found it; null while none has. */
    public Span content() {
        return content;
    }

    /** Sets the statement a finder found. */
    public void found(Span statement) {
        this.content = statement;
        this.start = statement.start();
        this.end = statement.end();
    }

    /** The statement as shaped so far. */
    public Span span() {
        return new Span(start, end);
    }

    /** Widens the statement to [from, to). */
    public void widen(int from, int to) {
        this.start = from;
        this.end = to;
    }

    /** Whether it is still to be decided: not dropped. */
    public boolean open() {
        return !dropped;
    }

    /** Whether it has a statement and is not dropped. */
    public boolean live() {
        return !dropped && content != null;
    }

    public void drop() {
        dropped = true;
    }

    /** The quotations overlapping the statement as found. */
    public List<Marked> inside() {
        if (inside == null) {
            inside = new ArrayList<>();
            for (Marked m : passage.marked()) {
                if (m.whole().overlaps(content)) {
                    inside.add(m);
                }
            }
        }
        return inside;
    }

    /**
     * Adds the statement to the passage's reported statements, with the ids of the units that fired,
     * when it has one and is not dropped: a direct quote when quotations are inside it (they make no
     * quote of their own then), else an indirect one.
     */
    public void finish(List<String> trace) {
        if (!live()) {
            return;
        }
        Span widened = span();
        inside().forEach(m -> passage.consumed().add(m.content()));
        Quote.Kind kind = inside().isEmpty() ? Quote.Kind.INDIRECT : Quote.Kind.DIRECT;
        QuoteDraft q = passage.quote(widened, kind, cue, widened.start());
        q.trace().addAll(trace);
        passage.reported().add(q);
    }
}
