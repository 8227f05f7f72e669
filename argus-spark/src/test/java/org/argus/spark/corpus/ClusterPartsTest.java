package org.argus.spark.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.argus.corpus.AllianceGraph.Party;
import org.argus.corpus.EventClusters;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.junit.jupiter.api.Test;

/** Clustering set by set gives the clusters of the whole. */
class ClusterPartsTest {
    private static final Party RIVERLAND = new Party("country-riverland", "Riverland", null);
    private static final Party HILLTOWN = new Party("group-hilltown-militia", "Hilltown Militia", null);
    private static final Party PORT = new Party("group-port-guard", "Port Guard", null);
    private static final Party NORTH = new Party("group-north-front", "North Front", null);
    private static final Party SOUTH = new Party("group-south-front", "South Front", null);
    private static final Party UNNAMED = new Party(null, "they", null);

    private static EventClusters.Report report(long key, String article, EventType type, String date, boolean textDated, Party source,
                                               Party target) {
        return new EventClusters.Report(key, article, "outlet:" + article, type, false, Event.Modality.ASSERTED, date, "day", textDated, null,
                List.of(source), List.of(target), "Sentence " + key + ".", List.of());
    }

    private static final List<EventClusters.Report> REPORTS = List.of(
            report(1, "a", EventType.ASSAULT, "2021-03-02", true, RIVERLAND, HILLTOWN),
            report(2, "b", EventType.ASSAULT, "2021-03-02", true, RIVERLAND, HILLTOWN),
            report(3, "b", EventType.COERCE, "2021-03-02", true, RIVERLAND, PORT),
            report(4, "c", EventType.ASSAULT, "2021-06-10", true, RIVERLAND, HILLTOWN),
            report(5, "d", EventType.ASSAULT, "2021-03-02", true, NORTH, SOUTH),
            report(6, "e", EventType.ASSAULT, "2021-03-04", false, RIVERLAND, HILLTOWN),
            report(7, "f", EventType.ASSAULT, "2021-03-02", true, UNNAMED, HILLTOWN),
            report(8, "g", EventType.ASSAULT, "2021-03-02", true, UNNAMED, SOUTH),
            report(9, "h", EventType.ASSAULT, "2021-03-03", true, NORTH, SOUTH));

    private static Set<String> members(List<EventClusters.Cluster> clusters) {
        Set<String> out = new TreeSet<>();
        for (EventClusters.Cluster c : clusters) {
            List<Long> keys = new ArrayList<>();
            c.reports().forEach(r -> keys.add(r.key()));
            out.add(keys.toString());
        }
        return out;
    }

    @Test
    void reportsLinkedByAPartyAtOverlappingDatesStayTogether() {
        Set<String> sets = new TreeSet<>();
        for (List<EventClusters.Report> set : ClusterParts.split(REPORTS)) {
            List<Long> keys = new ArrayList<>();
            set.forEach(r -> keys.add(r.key()));
            sets.add(keys.toString());
        }
        // 4 shares Riverland but months later; 5 and 8 share South Front; 7's unnamed source links nothing, Hilltown does;
        // 9 shares both fronts with 5 but a day later
        assertEquals(Set.of("[1, 2, 3, 6, 7]", "[4]", "[5, 8]", "[9]"), sets);
    }

    @Test
    void theClustersOfTheSetsAreTheClustersOfTheWhole() {
        List<EventClusters.Cluster> bySet = new ArrayList<>();
        ClusterParts.split(REPORTS).forEach(set -> bySet.addAll(EventClusters.cluster(set)));
        Set<String> whole = members(EventClusters.cluster(REPORTS));
        // 7 (an unnamed attacker) joins 1 and 2 on their common target and day; 6, undated, joins no text-dated day
        assertEquals(Set.of("[1, 2, 7]", "[3]", "[4]", "[5, 8]", "[6]", "[9]"), whole);
        assertEquals(whole, members(bySet));
    }
}
