package org.argus.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.argus.model.ActorType;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;

/**
 * One referring expression being resolved, the draft the resolver's units shape: a pronoun, or the
 * head noun of a definite description, with what it may stand for, the candidates so far and the
 * antecedent once found. A unit that rules the reference out sets {@link #ruledOut}; later units
 * leave it alone. Mutable; one per reference, used by one thread.
 */
final class Reference {
    /** What kind of reference: a personal or possessive pronoun, a definite description, or a relative pronoun. */
    enum Kind { PRONOUN, DESCRIPTION, RELATIVE }

    final Kind kind;
    final String text;
    final List<Sentence> sentences;
    final Sentence sentence;
    /** The pronoun, or the description's head noun. */
    final int head;
    final Antecedents<? extends Antecedent> antecedents;
    /** The actor types it can stand for. */
    final Set<ActorType> types;
    /** 'm' or 'f' when the words tell (he, she), else 0. */
    final char gender;

    /** A pronoun's candidates in its own sentence, once gathered ({@link Candidates#inSentence}). */
    Set<Antecedent> candidates;
    /** A description's words: its first token, the first token after its possessor, and the country its words name. */
    int first = -1;
    int own = -1;
    String country;

    Antecedent antecedent;
    /** A relative pronoun's antecedent: the token of the noun it stands for, once found. */
    int antecedentToken = -1;
    boolean ruledOut;

    Reference(Kind kind, String text, List<Sentence> sentences, Sentence sentence, int head,
              Antecedents<? extends Antecedent> antecedents, Set<ActorType> types, char gender) {
        this.kind = kind;
        this.text = text;
        this.sentences = sentences;
        this.sentence = sentence;
        this.head = head;
        this.antecedents = antecedents;
        this.types = types;
        this.gender = gender;
    }

    Token token() {
        return sentence.tokens().get(head);
    }

    /** Whether a unit may still act: not ruled out and not resolved. */
    boolean open() {
        return !ruledOut && antecedent == null && antecedentToken < 0;
    }

    /** Rules the reference out; true, for a unit to return. */
    boolean ruleOut() {
        ruledOut = true;
        antecedent = null;
        return true;
    }

    /** The words of the description, from its first token to its head noun. */
    Span span() {
        int from = kind == Kind.DESCRIPTION ? first : head;
        return new Span(sentence.tokens().get(from).span().start(), token().span().end());
    }

    /** The candidates, made a mutable copy for a unit to narrow. */
    Set<Antecedent> candidates(Set<? extends Antecedent> found) {
        candidates = new LinkedHashSet<>(found);
        return candidates;
    }
}
