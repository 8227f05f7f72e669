package org.argus.events.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * thing, a noun compound, a noun), the first that fires deciding. The chain runs only on the tokens
 * that can trigger: verbs and common nouns (the lexicon's parts of speech) whose lemma, or for a noun
 * its word, is in the vocabulary of the trigger sources (the lexicon's lemmas); any other token costs
 * a tag test or a set lookup. Another source of triggers (issue 22's CAMEO verb patterns) is another
 * unit of that chain and adds its words to the vocabulary. Immutable and thread-safe.
 */
public final class Triggers {
    /** What a token triggers and the ids of the trigger units that decided it, in order. */
    public record Found(Trigger trigger, List<String> trace) {
        public Found {
            trace = List.copyOf(trace);
        }
    }

    private final Lexicon lexicon;
    private final Map<Lexicon.Entry, Trigger> made = new ConcurrentHashMap<>();
    private final Set<String> vocabulary;
    private final Chain<TriggerDraft> chain;

    public Triggers(Lexicon lexicon, Carriers carriers, Words words) {
        this.lexicon = lexicon;
        this.vocabulary = lexicon.lemmas();
        this.chain = Chain.load("/org/argus/events/chains/trigger.txt", Rules.byId(new VerbByObject(carriers), new PhrasalVerb(),
                new PlainVerb(), new ClassifyingNoun(words), new NounCompound(), new PlainNoun()));
    }

    /** What each token of {@code s} triggers, by token index; null where it triggers nothing. */
    public Found[] of(Sentence s) {
        Found[] out = new Found[s.tokens().size()];
        List<String> trace = new ArrayList<>(2);
        TriggerDraft d = null;
        for (Token t : s.tokens()) {
            if (!candidate(t)) {
                continue;
            }
            d = d == null ? new TriggerDraft(s, t, lexicon, made) : d.at(t);
            trace.clear();
            chain.run(d, trace);
            if (d.trigger != null) {
                out[t.index()] = new Found(d.trigger, trace);
            }
        }
        return out;
    }

    /** Whether a trigger source may make {@code t} a trigger (a verb or common noun of the vocabulary). */
    private boolean candidate(Token t) {
        boolean verb = t.isVerb();
        if (!verb && (!t.isNoun() || t.isProperNoun())) {
            return false;
        }
        return vocabulary.contains(t.lemma().toLowerCase(Locale.ROOT)) || !verb && vocabulary.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** The trigger units in chain order. */
    public List<String> ids() {
        return chain.ids();
    }
}
