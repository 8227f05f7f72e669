package org.argus.reference;

import java.util.Collection;
import org.argus.model.Span;

/**
 * The actors a text has named so far, as the resolver reads them: the actor stage's actors while it
 * builds them, so each reference resolved joins its actor before the next is read.
 *
 * @param <A> the stage's own actor type
 */
public interface Antecedents<A extends Antecedent> {
    /** The actors, in order of first mention. */
    Collection<A> actors();

    /** True when the mention at {@code span} is a nationality word ("Turkish drones"): no antecedent of "its". */
    boolean adjective(Span span);

    /** True when token {@code token} of sentence {@code sentence} is part of a name: no description. */
    boolean named(int sentence, int token);
}
