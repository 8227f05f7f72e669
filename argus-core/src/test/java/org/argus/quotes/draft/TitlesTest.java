package org.argus.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quoted names of things are not quotes; quoted words are, however short. */
class TitleTest {
    @Test
    void namesOfShowsPapersAndNicknamesAreTitles() {
        assertTrue(QuoteStage.isTitle("Face the Nation,"));
        assertTrue(QuoteStage.isTitle("The Evening Courier"));
        assertTrue(QuoteStage.isTitle("Operation Desert Storm"));
    }

    @Test
    void spokenWordsAreNotTitles() {
        assertFalse(QuoteStage.isTitle("a very serious mistake"), "lower-case words");
        assertFalse(QuoteStage.isTitle("We will not sign."), "a sentence");
        assertFalse(QuoteStage.isTitle("No. We Refuse. Never Again Will We Sign Anything"), "sentences inside, too long");
        assertFalse(QuoteStage.isTitle("the Nation"), "a title starts with a capital");
    }
}
