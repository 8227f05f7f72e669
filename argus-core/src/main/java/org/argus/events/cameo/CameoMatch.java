package org.argus.events.cameo;

import java.util.List;

/**
 * What the CAMEO dictionary says about one verb token: the verb entry, the pattern that matched (null
 * when none did and the verb's own code applies), the CAMEO code ("" when the verb or pattern names
 * none: no event), its PLOVER meaning, and the tokens of the sentence filling the roles and slots.
 * {@code passiveOnly}: the code was the pattern's passive code, so the subject is the target.
 * {@code source} and {@code target} are token indices of noun heads (conjuncts included), empty when
 * the sentence gives none; {@code slots} lists every token a pattern element bound, in pattern order.
 */
public record CameoMatch(int verbToken, CameoVerb verb, CameoPattern pattern, String code, boolean passiveOnly,
        PloverCode plover, List<Integer> source, List<Integer> target, List<Slot> slots) {

    public CameoMatch {
        source = List.copyOf(source);
        target = List.copyOf(target);
        slots = List.copyOf(slots);
    }

    /**
     * The id a trace names: the pattern's ({@code cameo:BLOCK-xxxxxx}) or, when the verb's own code
     * applies, {@code cameo:BLOCK/verb}.
     */
    public String traceId() {
        return pattern != null ? pattern.traceId() : "cameo:" + verb.block() + "/" + verb.verb()
                + (verb.after().isEmpty() ? "" : "+" + String.join("+", verb.after()));
    }

    /** Whether the match codes a PLOVER event. */
    public boolean isEvent() {
        return plover.isEvent();
    }

    /**
     * One bound element: where in the pattern ({@code subject}, {@code object}, {@code prep:to},
     * {@code subject-prep:of}), the element as written ("&MILITARY", "border", "$", "to:" for a bare
     * preposition), and the token that fills it.
     */
    public record Slot(String slot, String element, int token) {
    }
}
