package org.argus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.corpus.AllianceGraph.Party;
import org.argus.corpus.Disputes.Dispute;
import org.argus.corpus.Disputes.Report;
import org.argus.model.Event.Modality;
import org.argus.model.EventType;
import org.junit.jupiter.api.Test;

class DisputesTest {
    private static final Party PANEL = new Party("panel", "UN panel", null);
    private static final Party NGO = new Party("watch", "Border Watch", null);
    private static final Party KENYA = new Party("kenya", "Kenya", "KEN");
    private static final Party SOMALIA = new Party("somalia", "Somalia", "SOM");

    private static Report accuse(Party by, Party whom, String article) {
        return new Report(List.of(by), List.of(whom), EventType.ACCUSE, "accuse", false, Modality.ASSERTED, article,
                by.name() + " accused " + whom.name() + " of shelling.", "2021-01-01");
    }

    private static Report deny(Party who, String lemma, String article) {
        return new Report(List.of(who), List.of(), EventType.REJECT, lemma, false, Modality.ASSERTED, article,
                who.name() + " " + lemma + " the charge.", "2021-01-02");
    }

    @Test
    void anAccusedPartyThatDeniesIsADisputeWithBothSides() {
        List<Dispute> disputes = Disputes.find(List.of(accuse(PANEL, KENYA, "a"), accuse(NGO, KENYA, "b"), accuse(NGO, KENYA, "b"),
                deny(KENYA, "deny", "c")));
        assertEquals(1, disputes.size());
        Dispute d = disputes.get(0);
        assertEquals(KENYA, d.accused());
        assertEquals(List.of(PANEL, NGO), d.asserted().stream().map(Disputes.Side::party).toList());
        assertEquals(1, d.asserted().get(1).evidence().size(), "the same sentence twice is one piece of evidence");
        assertEquals(List.of("a", "b", "c"), d.articles());
        assertEquals("Kenya deny the charge.", d.denied().get(0).sentence());
    }

    @Test
    void noDenialOrSomeoneElsesDenialOrARefusalIsNoDispute() {
        assertTrue(Disputes.find(List.of(accuse(PANEL, KENYA, "a"))).isEmpty(), "an undisputed accusation");
        assertTrue(Disputes.find(List.of(accuse(PANEL, KENYA, "a"), deny(SOMALIA, "deny", "b"))).isEmpty(), "Somalia denies, not Kenya");
        assertTrue(Disputes.find(List.of(accuse(PANEL, KENYA, "a"), deny(KENYA, "reject", "b"))).isEmpty(),
                "rejecting (a proposal) is not denying");
        Report negated = new Report(List.of(KENYA), List.of(), EventType.REJECT, "deny", true, Modality.ASSERTED, "b", "Kenya did not deny it.", null);
        assertTrue(Disputes.find(List.of(accuse(PANEL, KENYA, "a"), negated)).isEmpty(), "not denying is no denial");
    }
}
