package org.argus.events.cameo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argus.model.Sentence;

/**
 * Binds one pattern's elements to tokens of a verb's frame, each element to a different token, trying
 * the alternatives in order and backtracking when a later element finds nothing. One use per pattern;
 * not thread-safe.
 */
final class Binder {
    private enum Side { SUBJECT, SUBJECT_PREP, OBJECT, PREP }

    /** One element to bind: an item (null for a bare preposition) on a side, with its preposition. */
    private record Need(Side side, CameoPattern.Prep prep, CameoPattern.Item item) {
        String slot() {
            return switch (side) {
                case SUBJECT -> "subject";
                case OBJECT -> "object";
                case SUBJECT_PREP -> "subject-prep:" + String.join("/", prep.prepositions());
                case PREP -> "prep:" + String.join("/", prep.prepositions());
            };
        }

        String element() {
            if (item == null) {
                return String.join("/", prep.prepositions()) + ":";
            }
            return item.isMarker() ? item.marker() : String.join(" ", item.words());
        }
    }

    private final Sentence s;
    private final Frame frame;
    private final Phrases phrases;
    private final List<CameoMatch.Slot> bound = new ArrayList<>();
    private final List<Need> boundNeeds = new ArrayList<>();
    private final Set<Integer> used = new HashSet<>();

    Binder(Sentence s, Frame frame, Phrases phrases) {
        this.s = s;
        this.frame = frame;
        this.phrases = phrases;
    }

    /** The slots the pattern binds, in pattern order, or null when it does not match. */
    List<CameoMatch.Slot> bind(CameoPattern p) {
        List<Need> needs = new ArrayList<>();
        for (CameoPattern.Item i : p.subject()) {
            needs.add(new Need(Side.SUBJECT, null, i));
        }
        addPreps(needs, Side.SUBJECT_PREP, p.subjectPreps());
        for (CameoPattern.Item i : p.objects()) {
            needs.add(new Need(Side.OBJECT, null, i));
        }
        addPreps(needs, Side.PREP, p.preps());
        return solve(needs, 0) ? List.copyOf(bound) : null;
    }

    private static void addPreps(List<Need> needs, Side side, List<CameoPattern.Prep> preps) {
        for (CameoPattern.Prep prep : preps) {
            if (prep.items().isEmpty()) {
                needs.add(new Need(side, prep, null));
            }
            for (CameoPattern.Item i : prep.items()) {
                needs.add(new Need(side, prep, i));
            }
        }
    }

    private boolean solve(List<Need> needs, int k) {
        if (k == needs.size()) {
            return true;
        }
        Need need = needs.get(k);
        for (int t : candidates(need)) {
            if (used.contains(t) || !fits(need.item(), t)) {
                continue;
            }
            used.add(t);
            bound.add(new CameoMatch.Slot(need.slot(), need.element(), t));
            boundNeeds.add(need);
            if (solve(needs, k + 1)) {
                return true;
            }
            used.remove(t);
            bound.remove(bound.size() - 1);
            boundNeeds.remove(boundNeeds.size() - 1);
        }
        return false;
    }

    private boolean fits(CameoPattern.Item item, int token) {
        return item == null || item.isMarker() || phrases.phrase(s, item.words(), token);
    }

    private List<Integer> candidates(Need need) {
        List<Integer> out = new ArrayList<>();
        switch (need.side()) {
            case SUBJECT -> out.addAll(frame.subjectSide());
            case OBJECT -> {
                out.addAll(frame.objectSide());
                if (!need.item().isMarker()) {
                    out.addAll(frame.others());
                }
            }
            case SUBJECT_PREP -> {
                List<Integer> heads = boundOn(Side.SUBJECT);
                for (int h : heads.isEmpty() ? frame.subjectSide() : heads) {
                    addPrep(out, Frame.preps(s, h), need.prep());
                }
            }
            case PREP -> {
                addPrep(out, frame.obliques(), need.prep());
                List<Integer> heads = new ArrayList<>(boundOn(Side.OBJECT));
                heads.addAll(boundOn(Side.PREP));
                heads.addAll(frame.objectSide());
                for (int h : heads) {
                    addPrep(out, Frame.preps(s, h), need.prep());
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    private List<Integer> boundOn(Side side) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < boundNeeds.size(); i++) {
            if (boundNeeds.get(i).side() == side) {
                out.add(bound.get(i).token());
            }
        }
        return out;
    }

    private static void addPrep(List<Integer> out, java.util.Map<String, List<Integer>> byPrep, CameoPattern.Prep prep) {
        for (String p : prep.prepositions()) {
            for (int t : byPrep.getOrDefault(p, List.of())) {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
    }
}
