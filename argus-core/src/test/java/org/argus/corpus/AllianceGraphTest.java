package org.argus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.corpus.AllianceGraph.Edge;
import org.argus.corpus.AllianceGraph.Party;
import org.argus.corpus.AllianceGraph.Relation;
import org.argus.corpus.AllianceGraph.Report;
import org.argus.model.Event.Modality;
import org.argus.model.EventType;
import org.junit.jupiter.api.Test;

class AllianceGraphTest {
    private static final Party EGYPT = new Party("egypt", "Egypt", "EGY");
    private static final Party ARMY = new Party("eastern-army", "Eastern Army", "LBY");
    private static final Party TURKEY = new Party("turkey", "Turkey", "TUR");

    private static Report report(Party s, Party t, EventType type, String article) {
        return new Report(s, t, type, false, Modality.ASSERTED, article, "sentence of " + article, "2020-01-0" + article.length());
    }

    @Test
    void supportAidAndCooperationAreSupportAndTheWeightCountsArticles() {
        List<Edge> edges = AllianceGraph.build(List.of(
                report(EGYPT, ARMY, EventType.SUPPORT, "a"),
                report(EGYPT, ARMY, EventType.AID, "bb"),
                report(EGYPT, ARMY, EventType.COOPERATE, "bb"),
                report(TURKEY, ARMY, EventType.ASSAULT, "a")));
        assertEquals(2, edges.size());
        Edge support = edges.get(0);
        assertEquals(Relation.SUPPORT, support.relation());
        assertEquals(2, support.weight(), "two articles, however many sentences");
        assertEquals(List.of("a", "bb"), support.articles());
        assertEquals(2, support.evidence().size(), "one evidence per distinct article sentence: " + support.evidence());
        assertEquals("2020-01-01", support.firstDate());
        assertEquals("2020-01-02", support.lastDate());
        assertEquals(Relation.OPPOSE, edges.get(1).relation());
    }

    @Test
    void negatedIntendedHypotheticalAndSelfReportsAreNoEvidence() {
        List<Edge> edges = AllianceGraph.build(List.of(
                new Report(EGYPT, ARMY, EventType.SUPPORT, true, Modality.ASSERTED, "a", "Egypt does not back the army.", null),
                new Report(EGYPT, ARMY, EventType.SUPPORT, false, Modality.INTENDED, "b", "Egypt plans to back the army.", null),
                new Report(EGYPT, ARMY, EventType.SUPPORT, false, Modality.HYPOTHETICAL, "c", "Egypt could back the army.", null),
                new Report(EGYPT, EGYPT, EventType.SUPPORT, false, Modality.ASSERTED, "d", "Egypt backs Egypt.", null),
                new Report(EGYPT, ARMY, EventType.CONSULT, false, Modality.ASSERTED, "e", "Egypt met the army.", null)));
        assertTrue(edges.isEmpty(), edges.toString());
        List<Edge> reported = AllianceGraph.build(List.of(
                new Report(EGYPT, ARMY, EventType.SUPPORT, false, Modality.REPORTED, "f", "A report said Egypt armed the army.", null)));
        assertEquals(1, reported.size(), "a reported act counts; its sentence shows who claims it");
    }

    @Test
    void directionMatters() {
        List<Edge> edges = AllianceGraph.build(List.of(report(EGYPT, ARMY, EventType.SUPPORT, "a"), report(ARMY, EGYPT, EventType.SUPPORT, "b")));
        assertEquals(2, edges.size());
        assertTrue(edges.stream().allMatch(e -> e.weight() == 1));
    }
}
