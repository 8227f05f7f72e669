package org.argus.quotes.draft;

import java.util.List;
import org.argus.grammar.VerbSubjects;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * A token being read as a cue by the chain {@code quotes/chains/cue.txt}: the cue units set its kind
 * (and its last token), the speaker units its speaker head and antecedent. Mutable; one per token,
 * used by one thread.
 */
public final class CueDraft {
    private final Passage passage;
    private final Sentence sentence;
    private final int first;
    private int last;
    private CueAt.Kind kind;
    private int speakerHead = -1;
    private int antecedent = -1;
    private int subject = -2;

    /** Token {@code first} of {@code sentence}, a cue of {@code kind} already or (null) not yet known to be one. */
    public CueDraft(Passage passage, Sentence sentence, int first, CueAt.Kind kind) {
        this.passage = passage;
        this.sentence = sentence;
        this.first = first;
        this.last = first;
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

    /** Makes the token a cue of {@code kind} running to token {@code lastToken}. */
    public void cue(CueAt.Kind cueKind, int lastToken) {
        this.kind = cueKind;
        this.last = lastToken;
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

    /** The cue as found, with the units that found it; null when the token is no cue. */
    public CueAt result(List<String> trace) {
        return kind == null ? null : new CueAt(sentence, first, last, kind, speakerHead, antecedent, trace);
    }
}
