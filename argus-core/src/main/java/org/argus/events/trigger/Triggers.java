package org.argus.events.trigger;

import java.util.ArrayList;
import java.util.List;
import org.argus.events.Carriers;
import org.argus.events.Lexicon;
import org.argus.events.Trigger;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.rules.Chain;
import org.argus.rules.Rules;
import org.argus.words.Words;

/**
 * Finds what each token of a sentence triggers, by the chain {@code events/chains/trigger.txt}: the
 * lexicon's lookups (a verb sense by its object, a phrasal verb, a verb; a noun that only classifies a
 * thing, a noun compound, a noun), the first that fires deciding. Another source of triggers (issue 22's
 * CAMEO verb patterns) is another unit of that chain. Immutable and thread-safe.
 */
public final class Triggers {
    /** What a token triggers and the ids of the trigger units that decided it, in order. */
    public record Found(Trigger trigger, List<String> trace) {
        public Found {
            trace = List.copyOf(trace);
        }
    }

    private final Lexicon lexicon;
    private final Chain<TriggerDraft> chain;

    public Triggers(Lexicon lexicon, Carriers carriers, Words words) {
        this.lexicon = lexicon;
        this.chain = Chain.load("/org/argus/events/chains/trigger.txt", Rules.byId(new VerbByObject(carriers), new PhrasalVerb(),
                new PlainVerb(), new ClassifyingNoun(words), new NounCompound(), new PlainNoun()));
    }

    /** What each token of {@code s} triggers, by token index; null where it triggers nothing. */
    public Found[] of(Sentence s) {
        Found[] out = new Found[s.tokens().size()];
        List<String> trace = new ArrayList<>(2);
        for (Token t : s.tokens()) {
            TriggerDraft d = new TriggerDraft(s, t, lexicon);
            trace.clear();
            chain.run(d, trace);
            if (d.trigger != null) {
                out[t.index()] = new Found(d.trigger, trace);
            }
        }
        return out;
    }

    /** The trigger units in chain order. */
    public List<String> ids() {
        return chain.ids();
    }
}
