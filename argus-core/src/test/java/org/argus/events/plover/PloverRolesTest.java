package org.argus.events.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.argus.model.EventType;
import org.argus.words.Lines;
import org.junit.jupiter.api.Test;

class PloverRolesTest {
    private static final PloverRoles SHIPPED = PloverRoles.load();

    @Test
    void typesThatRequireARecipient() {
        assertTrue(SHIPPED.requiresRecipient(EventType.AID));
        assertTrue(SHIPPED.requiresRecipient(EventType.SANCTION));
        assertFalse(SHIPPED.requiresRecipient(EventType.PROTEST));
    }

    @Test
    void theHostOfAVisitIsTheRecipientAndItsVisitorTheActor() {
        PloverRoles.Mode visit = SHIPPED.mode(EventType.CONSULT, "visit").orElseThrow();
        assertEquals("visitor", visit.actor());
        assertEquals("host", visit.recipient());
        assertTrue(SHIPPED.cameo("043").orElseThrow().subjectIsRecipient(), "043 Host a visit");
        assertFalse(SHIPPED.cameo("042").orElseThrow().subjectIsRecipient(), "042 Make a visit");
        assertEquals(EventType.CONSULT, SHIPPED.cameo("043").orElseThrow().type());
    }

    @Test
    void reciprocalRealisedAndProtestNotes() {
        assertTrue(SHIPPED.mode(EventType.CONSULT, "phone").orElseThrow().reciprocal());
        assertTrue(SHIPPED.mode(EventType.AGREE, "").orElseThrow().reciprocal());
        assertTrue(SHIPPED.mode(EventType.RETREAT, "ceasefire").orElseThrow().realisedOnly());
        assertTrue(SHIPPED.mode(EventType.REQUEST, "yield").orElseThrow().notProtest());
        assertTrue(SHIPPED.cameo("020").isEmpty(), "CAMEO 02 (appeal) has no PLOVER type");
    }

    private static List<Lines.Line> lines(String name, String... rows) {
        try {
            return Lines.read(name, new StringReader(String.join("\n", rows) + "\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadRowFailsNamingItsFileAndLine() {
        List<Lines.Line> types = lines("types.tsv", "# t", "AGREE\tmaybe\t3");
        var e = assertThrows(IllegalArgumentException.class, () -> PloverRoles.read(types, List.of(), List.of()));
        assertEquals("types.tsv:2: expected yes or no, got 'maybe'", e.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> PloverRoles.read(lines("types.tsv", "AGREE\tno\t3"),
                List.of(), List.of()));
        assertEquals("types.tsv: no row for CONSULT", missing.getMessage());
    }
}
