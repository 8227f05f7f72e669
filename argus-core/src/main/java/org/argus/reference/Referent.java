package org.argus.reference;

import java.util.List;
import org.argus.model.Actor;
import org.argus.model.Mention;

/**
 * What a token refers to: the actor, the mention of it over the token (for a relative pronoun, over
 * its antecedent noun), and the ids of the units that tie the token to the actor: the relative units
 * that found the antecedent, then the mention's own trace.
 */
public record Referent(Actor actor, Mention mention, List<String> trace) {
    public Referent {
        trace = List.copyOf(trace);
    }
}
