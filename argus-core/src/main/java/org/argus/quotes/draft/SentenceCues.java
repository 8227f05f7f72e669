package org.argus.quotes.draft;

import java.util.List;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * One sentence read for cues by the chain {@code quotes/chains/cue.txt}: each unit claims the tokens it
 * finds to be cues (of its kind, with the cue's last token), and a token once claimed is left to the
 * unit that claimed it. Only tokens outside quotation marks can be cues. Mutable; one per sentence,
 * used by one thread.
 */
public final class SentenceCues {
    private final Sentence sentence;
    private final boolean[] outside;
    private final CueAt.Kind[] kinds;
    private final int[] last;
    private final String[] by;

    public SentenceCues(Passage passage, Sentence sentence) {
        this.sentence = sentence;
        List<Token> toks = sentence.tokens();
        this.outside = new boolean[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            outside[i] = !passage.insideMarked(toks.get(i).span());
        }
        this.kinds = new CueAt.Kind[toks.size()];
        this.last = new int[toks.size()];
        this.by = new String[toks.size()];
    }

    public Sentence sentence() {
        return sentence;
    }

    /** Whether token {@code i} may still become a cue: outside quotation marks and not claimed. */
    public boolean open(int i) {
        return outside[i] && kinds[i] == null;
    }

    /** Claims token {@code i} as a cue of {@code kind} running to token {@code lastToken}, found by unit {@code unit}. */
    public void claim(int i, CueAt.Kind kind, int lastToken, String unit) {
        kinds[i] = kind;
        last[i] = lastToken;
        by[i] = unit;
    }

    /** The kind of cue token {@code i} was claimed as, or null. */
    public CueAt.Kind kind(int i) {
        return kinds[i];
    }

    /** The last token of the cue claimed at {@code i}. */
    public int last(int i) {
        return last[i];
    }

    /** The id of the unit that claimed token {@code i}. */
    public String by(int i) {
        return by[i];
    }
}
