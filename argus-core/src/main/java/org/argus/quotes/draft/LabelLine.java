package org.argus.quotes.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.Actor;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;

/**
 * A line "Speaker: what they said", the convention of headlines and sub-headings, as the chain
 * {@code quotes/chains/label.txt} reads it: the label names a person or organisation the actor stage
 * found, in at most {@value #LABEL_WORDS} words, and what follows (to the end of its sentence or line,
 * at least three words) is the statement. Mutable; one per line, used by one thread.
 */
public final class LabelLine {
    /** Most words of a "Speaker:" label. */
    public static final int LABEL_WORDS = 4;
    /** A line opening with a capitalised label and a colon: "Varga: I still believe ...". */
    public static final Pattern LABEL_LINE = Pattern.compile("(?m)^[ \\t]*(\\p{Lu}[^:\\n]{0,40}?):[ \\t]+(\\S[^\\n]*)$");

    private final Passage passage;
    private final Span label;
    private final Span content;
    private final Actor actor;
    private final List<QuoteDraft> shaped = new ArrayList<>();

    private LabelLine(Passage passage, Span label, Span content, Actor actor) {
        this.passage = passage;
        this.label = label;
        this.content = content;
        this.actor = actor;
    }

    /** The label lines of the passage, in order. */
    public static List<LabelLine> of(Passage p) {
        List<LabelLine> out = new ArrayList<>();
        String text = p.text();
        Matcher m = LABEL_LINE.matcher(text);
        while (m.find()) {
            Span label = new Span(m.start(1), m.end(1));
            if (Passage.wordCount(label.of(text)) > LABEL_WORDS) {
                continue;
            }
            Actor a = p.speakers().labelled(label);
            if (a == null) {
                continue;
            }
            int start = m.start(2);
            int end = m.end(2);
            for (Sentence sent : p.sentences()) {
                if (sent.span().start() <= start && start < sent.span().end()) {
                    end = Math.min(end, sent.span().end());
                }
            }
            Span content = p.tokenless(start, end);
            if (content != null && Passage.wordCount(content.of(text)) >= 3) {
                out.add(new LabelLine(p, label, content, a));
            }
        }
        return out;
    }

    public Passage passage() {
        return passage;
    }

    public Span label() {
        return label;
    }

    /** The words after the label. */
    public Span content() {
        return content;
    }

    /** The actor the label names. */
    public Actor actor() {
        return actor;
    }

    /** The colon as the cue. */
    public Quote.Cue cue() {
        return new Quote.Cue(":", new Span(label.end(), label.end() + 1));
    }

    /** Records that a unit made or attributed {@code q}: it gets the unit's id. */
    public void shaped(QuoteDraft q) {
        shaped.add(q);
    }

    /** Appends the ids of the units that fired on the line to the quotes they made or attributed. */
    public void finish(List<String> trace) {
        shaped.forEach(q -> q.trace().addAll(trace));
    }
}
