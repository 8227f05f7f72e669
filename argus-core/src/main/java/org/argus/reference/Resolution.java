package org.argus.reference;

import java.util.List;
import org.argus.model.Mention;
import org.argus.model.Span;

/**
 * One resolved reference: the actor it stands for, its words and where, its kind ({@code PRONOUN} or
 * {@code DESCRIPTION}), the tokens it takes in its sentence ({@code first} to {@code last}, a possessor
 * that is a name of its own left out) and the ids of the units that resolved it, in order.
 */
public record Resolution<A extends Antecedent>(A actor, String text, Span span, Mention.Kind kind, int sentence, int first,
                                               int last, List<String> trace) {
    public Resolution {
        trace = List.copyOf(trace);
    }
}
