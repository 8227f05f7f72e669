package org.argus.model;

/**
 * The predicate an event was coded from: the knowledge entry that matched and how the sentence used it.
 *
 * @param entry the entry's name in its knowledge file (a lexicon line {@code attack/verb},
 *              {@code call+for/verb}, {@code hunger strike/noun}), so the entry can be found and changed
 * @param lemma the predicate's head lemma ("attack")
 * @param form  whether the predicate is an active verb, a passive verb or a noun
 */
public record Predicate(String entry, String lemma, Form form) {
    /** How the sentence uses the predicate. */
    public enum Form { ACTIVE, PASSIVE, NOUN }
}
