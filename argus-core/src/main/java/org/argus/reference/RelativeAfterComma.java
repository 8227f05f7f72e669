package org.argus.reference;

import java.util.Locale;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code reference.relative.after-comma}: a relative pronoun right after a comma that follows a noun
 * stands for that noun when the parser hung its clause elsewhere ("..., against the Kenyan president,
 * who has vowed ..."); only the pronouns that open no other clause (list {@code reference/relatives}:
 * "who", "which", not "that").
 */
final class RelativeAfterComma implements Rule<Reference> {
    static final String ID = "reference.relative.after-comma";

    private final Set<String> afterComma;

    RelativeAfterComma(Set<String> afterComma) {
        this.afterComma = afterComma;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        Sentence s = r.sentence;
        int i = r.head;
        Dependency up = s.parentOf(i);
        if (!r.open() || up == null || up.governor() < 0 || i < 2 || !afterComma.contains(r.token().word().toLowerCase(Locale.ROOT))
                || !s.tokens().get(i - 1).word().equals(",") || !s.tokens().get(i - 2).isNoun()) {
            return false;
        }
        r.antecedentToken = i - 2;
        return true;
    }
}
