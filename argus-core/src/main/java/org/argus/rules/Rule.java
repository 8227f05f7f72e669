package org.argus.rules;

/**
 * A unit that shapes one item a stage is building (an event draft, a quote candidate, a mention):
 * it looks at the item and the sentence it comes from and changes the item or leaves it alone.
 * Implementations are small, single-purpose, stateless and thread-safe.
 *
 * @param <C> the item type the stage builds
 */
public interface Rule<C> extends Unit {
    /** Applies the rule to {@code item}; true when it changed it (the rule "fired" and joins the item's trace). */
    boolean apply(C item);
}
