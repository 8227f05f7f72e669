package org.argus.quotes.speaker;

import java.util.List;
import org.argus.grammar.VerbSubjects;
import org.argus.model.Token;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.inverted-name}: '"...," said Varga.' with the name parsed as anything but the
 * subject: a proper noun right after a cue verb that follows a comma or closing quotation mark is the
 * speaker (the head of the whole name).
 */
final class InvertedName implements Rule<CueDraft> {
    static final String ID = "quote.speaker.inverted-name";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        List<Token> t = c.sentence().tokens();
        int i = c.first();
        if (!c.isSpeechVerb() || c.subject() >= 0 || i == 0 || i + 1 >= t.size() || !isQuoteOrComma(t.get(i - 1).word())
                || c.passage().insideMarked(t.get(i + 1).span()) || !t.get(i + 1).isProperNoun()) {
            return false;
        }
        c.speaker(VerbSubjects.nameHead(c.sentence(), i + 1));
        return true;
    }

    private static boolean isQuoteOrComma(String w) {
        return w.equals(",") || w.equals("\"") || w.equals("''") || w.equals("\u201D") || w.equals("'");
    }
}
