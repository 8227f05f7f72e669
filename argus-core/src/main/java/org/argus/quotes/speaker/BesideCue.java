package org.argus.quotes.speaker;

import java.util.List;
import org.argus.grammar.VerbSubjects;
import org.argus.model.Token;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.beside-cue}: when the parser took quoted words for the cue's subject ("My hope,"
 * he said, "is ..."), the speaker is the name or personal pronoun right after the cue, else right
 * before it, outside the quotation marks.
 */
final class BesideCue implements Rule<CueDraft> {
    static final String ID = "quote.speaker.beside-cue";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        List<Token> t = c.sentence().tokens();
        if (!c.isSpeechVerb() || c.subject() < 0 || !c.passage().insideMarked(t.get(c.subject()).span())) {
            return false;
        }
        for (int k : new int[] {c.first() + 1, c.first() - 1}) {
            if (k < 0 || k >= t.size() || c.passage().insideMarked(t.get(k).span())) {
                continue;
            }
            Token w = t.get(k);
            if (w.pos().equals("PRP") || w.isProperNoun()) {
                c.speaker(VerbSubjects.nameHead(c.sentence(), k));
                return true;
            }
        }
        return false;
    }
}
