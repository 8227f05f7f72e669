package org.argus.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.argus.actors.Names;

/**
 * Decides which corpus actors of type PERSON are one person spelt differently across articles
 * (transliterations: Hekmatyar/Hikmatyar, Zawahiri/al-Zawahiri, Sahin/Şahin), and says why.
 * <ul>
 *   <li>Two full names join when the surname and given-name skeletons agree (accents, Arabic
 *       articles, vowels and doubled letters ignored; one letter of the given name may differ:
 *       Khalifa/Jalifa), and their countries do not conflict.</li>
 *   <li>A surname alone joins a full name only when that full name is the only person in the corpus
 *       with that surname and there is further evidence: the same country or the same role. Two people
 *       who share a surname (Amina Okoro, Tunde Okoro) never join on the surname.</li>
 *   <li>Two names the analyst's dictionary keeps apart never join, nor does either join what the
 *       other has absorbed.</li>
 * </ul>
 */
public final class ActorMerger {
    /** One corpus actor as the merger sees it. */
    public record Candidate(String key, String name, String type, String country, String role, int weight) {
    }

    /** {@code from} joins {@code into}, because of {@code evidence}. */
    public record Merge(String from, String into, String evidence) {
    }

    private ActorMerger() {
    }

    public static List<Merge> merges(List<Candidate> candidates) {
        return merges(candidates, (a, b) -> false);
    }

    /**
     * The merges, never joining two candidates (or what was already merged into them) for which
     * {@code apart} holds: the analyst's split decisions.
     */
    public static List<Merge> merges(List<Candidate> candidates, BiPredicate<String, String> apart) {
        // the most mentioned spelling absorbs the others, so it names the actor
        List<Candidate> people = candidates.stream().filter(c -> "PERSON".equals(c.type()))
                .sorted((x, y) -> Integer.compare(y.weight(), x.weight())).toList();
        List<Merge> out = new ArrayList<>();
        Map<String, String> mergedInto = new HashMap<>();
        // what each kept candidate has absorbed, so a split decision also holds for what joined it
        Map<String, List<String>> members = new HashMap<>();
        BiPredicate<String, String> blocked = (into, from) -> members.getOrDefault(into, List.of(into)).stream()
                .anyMatch(m -> apart.test(m, from));
        // each name's tokens and surname skeleton once; people grouped by surname skeleton, in weight
        // order, so only people who may be one are compared (the corpus has thousands of names)
        Map<String, List<String>> tokens = new HashMap<>();
        Map<String, String> surname = new HashMap<>();
        Map<String, List<Candidate>> bySurname = new LinkedHashMap<>();
        for (Candidate c : people) {
            List<String> t = Names.tokens(c.name());
            tokens.put(c.key(), t);
            if (!t.isEmpty()) {
                surname.put(c.key(), Names.skeleton(last(t)));
                bySurname.computeIfAbsent(surname.get(c.key()), k -> new ArrayList<>()).add(c);
            }
        }
        // full names first
        for (List<Candidate> group : bySurname.values()) {
            for (int i = 0; i < group.size(); i++) {
                Candidate a = group.get(i);
                List<String> ta = tokens.get(a.key());
                if (ta.size() < 2 || mergedInto.containsKey(a.key())) {
                    continue;
                }
                for (int j = i + 1; j < group.size(); j++) {
                    Candidate b = group.get(j);
                    List<String> tb = tokens.get(b.key());
                    if (tb.size() < 2 || mergedInto.containsKey(b.key()) || conflict(a.country(), b.country()) || !givenNamesAgree(ta, tb)
                            || blocked.test(a.key(), b.key())) {
                        continue;
                    }
                    members.computeIfAbsent(a.key(), k -> new ArrayList<>(List.of(k))).add(b.key());
                    String sa = surname.get(a.key());
                    out.add(new Merge(b.key(), a.key(), "'" + b.name() + "' and '" + a.name() + "' are one spelling apart: "
                            + "surname skeleton " + sa + ", given names agree" + (Objects.equals(a.country(), b.country())
                            && a.country() != null ? ", both " + a.country() : "")));
                    mergedInto.put(b.key(), a.key());
                }
            }
        }
        // then a surname alone, with evidence
        for (Candidate s : people) {
            List<String> ts = tokens.get(s.key());
            if (ts.size() != 1 || mergedInto.containsKey(s.key())) {
                continue;
            }
            String skel = surname.get(s.key());
            List<Candidate> full = bySurname.getOrDefault(skel, List.of()).stream()
                    .filter(p -> !mergedInto.containsKey(p.key()) && tokens.get(p.key()).size() >= 2).toList();
            if (full.size() != 1) {
                continue;
            }
            Candidate f = full.get(0);
            String evidence = null;
            if (s.country() != null && s.country().equals(f.country())) {
                evidence = "same country " + s.country();
            } else if (s.role() != null && f.role() != null && s.role().equalsIgnoreCase(f.role())) {
                evidence = "same role '" + s.role() + "'";
            }
            if (evidence == null || conflict(s.country(), f.country()) || blocked.test(f.key(), s.key())) {
                continue;
            }
            members.computeIfAbsent(f.key(), k -> new ArrayList<>(List.of(k))).add(s.key());
            out.add(new Merge(s.key(), f.key(), "'" + s.name() + "' is the surname of '" + f.name()
                    + "', the only person of that surname in the corpus; " + evidence));
            mergedInto.put(s.key(), f.key());
        }
        return out;
    }

    private static boolean conflict(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    private static boolean givenNamesAgree(List<String> a, List<String> b) {
        String ga = Names.skeleton(a.get(0));
        String gb = Names.skeleton(b.get(0));
        return ga.equals(gb) || ga.length() >= 3 && ga.length() == gb.length() && Names.distance(ga, gb) <= 1;
    }
}
