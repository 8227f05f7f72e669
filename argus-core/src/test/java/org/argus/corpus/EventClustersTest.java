package org.argus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.corpus.AllianceGraph.Party;
import org.argus.corpus.EventClusters.Cluster;
import org.argus.corpus.EventClusters.Place;
import org.argus.corpus.EventClusters.Report;
import org.argus.model.Event.Modality;
import org.argus.model.EventType;
import org.junit.jupiter.api.Test;

class EventClustersTest {
    private static final Party ARMY = new Party("a1", "Eastern army", "LBY");
    private static final Party GOVERNMENT = new Party("a2", "Tripoli government", "LBY");
    private static final Party TURKEY = new Party("a3", "Turkey", "TUR");
    private static final Place SIRTE = new Place("Sirte", "LBY", 31.2089, 16.5887);
    private static final Place MISRATA = new Place("Misrata", "LBY", 32.3754, 15.0925);

    private static long key = 0;

    private static Report report(String article, String source, EventType type, String date, boolean textDated, Place place,
                                 List<Party> sources, List<Party> targets, String sentence) {
        return new Report(++key, article, source, type, false, Modality.ASSERTED, date, "day", textDated, place, sources, targets,
                sentence, EventClusters.figures(sentence));
    }

    @Test
    void reportsOfOneStrikeFromTwoOutletsAreOneEventKeepingEachSentence() {
        Report a = report("a", "outlet:wire", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(ARMY), List.of(GOVERNMENT),
                "Eastern army jets struck government positions near Sirte on Monday, killing 12 fighters.");
        Report b = report("b", "outlet:daily", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(ARMY), List.of(),
                "Air strikes by the eastern army hit the outskirts of Sirte on Monday, killing 15 fighters, medics said.");
        List<Cluster> clusters = EventClusters.cluster(List.of(a, b));
        assertEquals(1, clusters.size());
        Cluster c = clusters.get(0);
        assertEquals(2, c.independentSources());
        assertEquals(List.of(a.sentence(), b.sentence()), c.reports().stream().map(Report::sentence).toList());
        assertEquals(List.of("12 fighters", "15 fighters"), c.figures(), "conflicting counts are both kept");
    }

    @Test
    void twoStrikesOnOneDayInDifferentTownsStayTwoEvents() {
        Report sirte = report("a", "outlet:wire", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(ARMY), List.of(GOVERNMENT),
                "Eastern army jets struck Sirte on Monday.");
        Report misrata = report("b", "outlet:daily", EventType.ASSAULT, "2020-06-08", true, MISRATA, List.of(ARMY), List.of(GOVERNMENT),
                "Eastern army jets struck Misrata on Monday.");
        assertEquals(2, EventClusters.cluster(List.of(sirte, misrata)).size());
    }

    @Test
    void aReportWithoutAPlaceDoesNotChainTwoTownsTogether() {
        Report sirte = report("a", "outlet:wire", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(ARMY), List.of(GOVERNMENT), "s1");
        Report nowhere = report("b", "outlet:daily", EventType.ASSAULT, "2020-06-08", true, null, List.of(ARMY), List.of(GOVERNMENT), "s2");
        Report misrata = report("c", "outlet:post", EventType.ASSAULT, "2020-06-08", true, MISRATA, List.of(ARMY), List.of(GOVERNMENT), "s3");
        List<Cluster> clusters = EventClusters.cluster(List.of(sirte, nowhere, misrata));
        assertEquals(2, clusters.size(), "every report of a cluster must agree with every other");
    }

    @Test
    void anUndatedReportJoinsAnEventOfTheDaysBeforeItsArticleButNotAnOlderOne() {
        Report dated = report("a", "outlet:wire", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(ARMY), List.of(GOVERNMENT), "s1");
        Report nextDay = report("b", "outlet:daily", EventType.ASSAULT, "2020-06-09", false, null, List.of(ARMY), List.of(), "s2");
        Report weeksLater = report("c", "outlet:post", EventType.ASSAULT, "2020-06-25", false, null, List.of(ARMY), List.of(), "s3");
        List<Cluster> clusters = EventClusters.cluster(List.of(dated, nextDay, weeksLater));
        assertEquals(2, clusters.size());
        assertEquals(List.of("a", "b"), clusters.get(0).reports().stream().map(Report::article).toList());
        assertEquals("2020-06-08", clusters.get(0).date(), "the text's date wins over the article's");
    }

    @Test
    void anEventDatedOnlyByAGuessedArticleDateStaysInItsArticle() {
        Report a = new Report(++key, "a", "outlet:wire", EventType.ASSAULT, false, Modality.ASSERTED, "2001-09-11", "day", false, null,
                List.of(ARMY), List.of(GOVERNMENT), "s1", List.of(), true);
        Report b = new Report(++key, "b", "outlet:daily", EventType.ASSAULT, false, Modality.ASSERTED, "2001-09-11", "day", false, null,
                List.of(ARMY), List.of(GOVERNMENT), "s2", List.of(), false);
        Report sameArticle = new Report(++key, "a", "outlet:wire", EventType.ASSAULT, false, Modality.ASSERTED, "2001-09-11", "day", false,
                null, List.of(ARMY), List.of(GOVERNMENT), "s3", List.of(), true);
        List<Cluster> clusters = EventClusters.cluster(List.of(a, b, sameArticle));
        assertEquals(2, clusters.size());
        assertTrue(clusters.stream().anyMatch(c -> c.reports().stream().map(Report::article).toList().equals(List.of("a", "a"))));
    }

    @Test
    void aDenialOrAPlanIsNotTheEventItself() {
        Report done = report("a", "outlet:wire", EventType.ASSAULT, "2020-06-08", true, null, List.of(ARMY), List.of(GOVERNMENT), "s1");
        Report denied = new Report(++key, "b", "outlet:daily", EventType.ASSAULT, true, Modality.ASSERTED, "2020-06-08", "day", true,
                null, List.of(ARMY), List.of(GOVERNMENT), "s2", List.of());
        Report planned = new Report(++key, "c", "outlet:post", EventType.ASSAULT, false, Modality.INTENDED, "2020-06-08", "day", true,
                null, List.of(ARMY), List.of(GOVERNMENT), "s3", List.of());
        Report reported = new Report(++key, "d", "outlet:news", EventType.ASSAULT, false, Modality.REPORTED, "2020-06-08", "day", true,
                null, List.of(ARMY), List.of(GOVERNMENT), "s4", List.of());
        List<Cluster> clusters = EventClusters.cluster(List.of(done, denied, planned, reported));
        assertEquals(3, clusters.size());
        assertTrue(clusters.stream().anyMatch(c -> c.reports().stream().map(Report::article).toList().equals(List.of("a", "d"))));
    }

    @Test
    void differentTargetsOrNoCommonPartyKeepEventsApart() {
        Report onGovernment = report("a", "outlet:wire", EventType.ASSAULT, "2020-06-08", true, null, List.of(ARMY), List.of(GOVERNMENT), "s1");
        Report onTurkey = report("b", "outlet:daily", EventType.ASSAULT, "2020-06-08", true, null, List.of(ARMY), List.of(TURKEY), "s2");
        Report nobody = report("c", "outlet:post", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(), List.of(), "s3");
        Report nobodyEither = report("d", "outlet:news", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(), List.of(), "s4");
        assertEquals(4, EventClusters.cluster(List.of(onGovernment, onTurkey, nobody, nobodyEither)).size());
    }

    @Test
    void aCommonTargetAloneJoinsOnlyReportsOfTheSameDay() {
        Report fighting = new Report(++key, "a", "outlet:wire", EventType.ASSAULT, false, Modality.ASSERTED, "2020-01", "month", true, null,
                List.of(), List.of(GOVERNMENT), "Fighting against the government went on in January.", List.of());
        Report blockade = report("b", "outlet:daily", EventType.COERCE, "2020-01-19", false, null, List.of(), List.of(GOVERNMENT),
                "A blockade cut the government's oil revenue.");
        assertEquals(2, EventClusters.cluster(List.of(fighting, blockade)).size());
        Report strike = report("c", "outlet:wire", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(ARMY), List.of(GOVERNMENT), "s1");
        Report unsourced = report("d", "outlet:daily", EventType.ASSAULT, "2020-06-08", true, SIRTE, List.of(), List.of(GOVERNMENT), "s2");
        assertEquals(1, EventClusters.cluster(List.of(strike, unsourced)).size());
    }

    @Test
    void talksJoinWhicheverSideTheTextPutsEachPartyOn() {
        Report a = report("a", "outlet:wire", EventType.CONSULT, "2020-01-13", true, null, List.of(TURKEY), List.of(ARMY), "Turkey met the army.");
        Report b = report("b", "outlet:daily", EventType.CONSULT, "2020-01-13", true, null, List.of(ARMY), List.of(TURKEY), "The army met Turkey.");
        assertEquals(1, EventClusters.cluster(List.of(a, b)).size());
    }

    @Test
    void copiesOfOneStoryCountAsOneSourceAndConflictingDatesAreKept() {
        Report wire = report("a", "outlet:wire", EventType.SUPPORT, "2020-01", true, null, List.of(TURKEY), List.of(GOVERNMENT), "s1");
        wire = new Report(wire.key(), "a", "outlet:wire", EventType.SUPPORT, false, Modality.ASSERTED, "2020-01", "month", true, null,
                List.of(TURKEY), List.of(GOVERNMENT), "s1", List.of());
        Report copy = report("a-copy", "outlet:wire", EventType.AID, "2020-01-05", true, null, List.of(TURKEY), List.of(GOVERNMENT), "s2");
        List<Cluster> clusters = EventClusters.cluster(List.of(wire, copy));
        assertEquals(1, clusters.size(), "support and aid are one family");
        assertEquals(1, clusters.get(0).independentSources());
        assertEquals(List.of("2020-01 (text)", "2020-01-05 (text)"), clusters.get(0).dates());
    }

    @Test
    void figuresAreCountsNotDatesYearsOrDurations() {
        assertEquals(List.of("12 soldiers", "3,000 troops"),
                EventClusters.figures("On May 12 the army said 12 soldiers died and 3,000 troops were sent in 2020 for 3 months."));
    }
}
