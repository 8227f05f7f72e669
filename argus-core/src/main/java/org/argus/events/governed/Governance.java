package org.argus.events.governed;

import java.util.ArrayList;
import org.argus.events.Carriers;
import org.argus.events.trigger.Triggers;
import org.argus.model.Sentence;
import org.argus.rules.Chain;
import org.argus.rules.Rules;
import org.argus.words.Words;

/**
 * Whether another trigger codes a trigger's event instead, by the chain {@code events/chains/governed.txt}:
 * a predicate that is the complement, object or content of another trigger ("refused to sign",
 * "called on X to withdraw", "an offer of talks") is no event of its own. Immutable and thread-safe.
 */
public final class Governance {
    private final Chain<GovernedDraft> chain;

    public Governance(Carriers carriers, Words words) {
        this.chain = Chain.load("/org/argus/events/chains/governed.txt", Rules.byId(new NounPhrase(carriers), new Proposed(words),
                new AskedConjunct(), new Asked(), new AgreedContent(), new DemandContent(), new Complement(), new ComplementObject(),
                new ElaboratedObject()));
    }

    /** Whether the trigger at {@code token} is governed by another of the sentence's {@code triggers}. */
    public boolean governed(Sentence s, int token, Triggers.Found[] triggers) {
        GovernedDraft d = new GovernedDraft(s, token, triggers);
        chain.run(d, new ArrayList<>(2));
        return d.governed;
    }
}
