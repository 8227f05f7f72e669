package org.argus.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FingerprintTest {
    /** A wire story written for this test. */
    private static final String WIRE = String.join("\n\n",
            "CAIRO (Wire) - Egypt's president on Saturday proposed a ceasefire in Libya to begin on Monday, calling on foreign "
                    + "fighters to leave the country and on both camps to return to talks under United Nations supervision.",
            "The plan, announced at a news conference beside the eastern commander and the speaker of the eastern parliament, "
                    + "would also set up an elected presidential council representing the three historical regions.",
            "The Tripoli government, which has pushed the eastern forces back from the capital in recent weeks, gave the "
                    + "proposal a cool reception, saying it would not negotiate while fighting continued around Sirte.",
            "Diplomats in Cairo said the initiative was meant to halt the advance on Sirte and the oil terminals to its east, "
                    + "which the eastern forces have held since 2016.",
            "Russia and the United Arab Emirates welcomed the proposal, while Turkey said it was stillborn.");

    @Test
    void aRepublishedCopyWithANewHeadlineAndTrimmedEndIsANearDuplicate() {
        String republished = "Egypt unveils Libya peace plan\n\nBy Staff and wires\n\n"
                + WIRE.replace("CAIRO (Wire) - ", "").replace("Saturday", "Saturday,")
                .substring(0, WIRE.lastIndexOf("Russia and") - 15).toUpperCase(java.util.Locale.ROOT);
        double containment = Fingerprint.containment(Fingerprint.of(WIRE), Fingerprint.of(republished));
        assertTrue(containment > 0.85, "containment " + containment);
        assertTrue(Fingerprint.nearDuplicates(Fingerprint.of(republished), Fingerprint.of(WIRE)));
    }

    @Test
    void anotherOutletsOwnStoryOfTheSameEventIsNot() {
        String own = String.join("\n\n",
                "Egypt has offered a new plan to end the war in Libya, with a truce from Monday and an elected council for the "
                        + "country's regions, President Abdel Fattah al-Sisi said in Cairo.",
                "The offer came as forces loyal to the Tripoli government closed in on Sirte after retaking the west of the country.",
                "Turkey, the Tripoli government's main backer, dismissed it, and a spokesman in Tripoli said there was nothing to "
                        + "discuss while fighting continued around Sirte.",
                "Russia and the United Arab Emirates welcomed the proposal, while Turkey said it was stillborn.");
        double containment = Fingerprint.containment(Fingerprint.of(WIRE), Fingerprint.of(own));
        assertTrue(containment < Fingerprint.MIN_CONTAINMENT, "a shared sentence is not a copy: " + containment);
        assertFalse(Fingerprint.nearDuplicates(Fingerprint.of(WIRE), Fingerprint.of(own)));
    }

    @Test
    void punctuationCaseAndSpacingDoNotChangeTheFingerprint() {
        assertArrayEquals(Fingerprint.of(WIRE), Fingerprint.of(WIRE.toLowerCase(java.util.Locale.ROOT).replace(",", " ").replace("\n\n", " ")));
    }

    @Test
    void shortTextsAreNeverCalledDuplicates() {
        String line = "Egypt proposed a ceasefire in Libya on Saturday.";
        assertTrue(Fingerprint.of(line).length < Fingerprint.MIN_SAMPLE);
        assertEquals(0, Fingerprint.containment(Fingerprint.of(line), Fingerprint.of(line)));
        assertEquals(0, Fingerprint.of("too short").length);
    }
}
