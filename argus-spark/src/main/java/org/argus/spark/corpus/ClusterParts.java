package org.argus.spark.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.EventClusters;

/**
 * Splits reports of one part ({@link EventClusters#part}) into the sets that can be clustered apart:
 * two reports can only be one event when they share a party (a non-null id) and their periods
 * overlap ({@link EventClusters#compatible}), so the reports linked by chains of such pairs are
 * clustered alone with the same clusters as the whole part, and far faster (clustering compares each
 * report with every cluster). Stateless.
 */
final class ClusterParts {
    private ClusterParts() {
    }

    /** The linked sets of {@code reports}, each in the order given. */
    static List<List<EventClusters.Report>> split(List<EventClusters.Report> reports) {
        int[] parent = new int[reports.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<LocalDate[]> periods = new ArrayList<>();
        Map<String, List<Integer>> byParty = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            EventClusters.Report r = reports.get(i);
            periods.add(EventClusters.period(r));
            for (List<AllianceGraph.Party> side : List.of(r.sources(), r.targets())) {
                for (AllianceGraph.Party p : side) {
                    if (p.id() != null) {
                        List<Integer> those = byParty.computeIfAbsent(p.id(), k -> new ArrayList<>());
                        if (those.isEmpty() || those.get(those.size() - 1) != i) {
                            those.add(i);
                        }
                    }
                }
            }
        }
        for (List<Integer> those : byParty.values()) {
            those.sort(Comparator.comparing((Integer i) -> periods.get(i)[0]));
            int chain = -1;
            LocalDate reach = null;
            for (int i : those) {
                LocalDate[] p = periods.get(i);
                if (chain >= 0 && !p[0].isAfter(reach)) {
                    union(parent, chain, i);
                    reach = p[1].isAfter(reach) ? p[1] : reach;
                } else {
                    chain = i;
                    reach = p[1];
                }
            }
        }
        Map<Integer, List<EventClusters.Report>> sets = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            sets.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return new ArrayList<>(sets.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
