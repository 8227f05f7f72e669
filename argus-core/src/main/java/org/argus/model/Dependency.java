package org.argus.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relation names,
 * e.g. {@code nsubj}, {@code obj}, {@code obl:to}, {@code nsubj:pass}).
 *
 * @param governor  index of the head token in the sentence, or -1 for the root
 * @param dependent index of the dependent token in the sentence
 * @param relation  the relation name, with its subtype after a colon where present
 */
public record Dependency(int governor, int dependent, String relation) {
    /** The relation without subtype: {@code obl:to} gives {@code obl}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
