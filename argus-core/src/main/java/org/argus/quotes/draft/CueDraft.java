package org.argus.quotes.draft;

import java.util.List;
import org.argus.grammar.VerbSubjects;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * A cue whose speaker the chain {@code quotes/chains/cue-speaker.txt} is finding: the units set its
 * speaker head and antecedent. Mutable; one per cue, used by one thread.
 */
public final class CueDraft {
    private final Passage passage;
    private final Sentence sentence;
    private final int first;
    private final int last;
    private final CueAt.Kind kind;
    private int speakerHead = -1;
    private int antecedent = -1;
    private int subject = -2;

    /** The cue of {@code kind} at tokens [{@code first}, {@code last}] of {@code sentence}. */
    public CueDraft(Passage passage, Sentence sentence, int first, int last, CueAt.Kind kind) {
        this.passage = passage;
        this.sentence = sentence;
        this.first = first;
        this.last = last;
        this.kind = kind;
    }

    public Passage passage() {
        return passage;
    }

    public Sentence sentence() {
        return sentence;
    }

    public int first() {
        return first;
    }

    public Token token() {
        return sentence.tokens().get(first);
    }

    public CueAt.Kind kind() {
        return kind;
    }

    public int speakerHead() {
        return speakerHead;
    }

    public void speaker(int head) {
        this.speakerHead = head;
    }

    public void antecedent(int token) {
        this.antecedent = token;
    }

    /** Whether the cue is a verb of speech or stance, whose speaker is found from its subject. */
    public boolean isSpeechVerb() {
        return kind == CueAt.Kind.VERB || kind == CueAt.Kind.STANCE;
    }

    /** The cue token's subject as {@link VerbSubjects#of} finds it (computed once). */
    public int subject() {
        if (subject == -2) {
            subject = VerbSubjects.of(sentence, first);
        }
        return subject;
    }

    /** The cue with its speaker, and the units that found them. */
    public CueAt result(List<String> trace) {
        return new CueAt(sentence, first, last, kind, speakerHead, antecedent, trace);
    }
}
