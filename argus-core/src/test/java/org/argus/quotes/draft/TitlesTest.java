package org.argus.quotes.draft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.argus.words.Words;
import org.junit.jupiter.api.Test;

/** Quoted names of things are not quotes; quoted words are, however short. */
class TitlesTest {
    private static final Titles TITLES = new Titles(Words.shipped().set("quotes/title-small-words"));

    @Test
    void namesOfShowsPapersAndNicknamesAreTitles() {
        assertTrue(TITLES.isTitle("Face the Nation,"));
        assertTrue(TITLES.isTitle("The Evening Courier"));
        assertTrue(TITLES.isTitle("Operation Desert Storm"));
    }

    @Test
    void spokenWordsAreNotTitles() {
        assertFalse(TITLES.isTitle("a very serious mistake"), "lower-case words");
        assertFalse(TITLES.isTitle("We will not sign."), "a sentence");
        assertFalse(TITLES.isTitle("No. We Refuse. Never Again Will We Sign Anything"), "sentences inside, too long");
        assertFalse(TITLES.isTitle("the Nation"), "a title starts with a capital");
    }

    @Test
    void aSmallWordAddedToTheListKeepsATitleATitle() {
        assertFalse(TITLES.isTitle("Voices from the Front"), "'from' is not a small word of the shipped list");
        assertTrue(new Titles(java.util.Set.of("from", "the")).isTitle("Voices from the Front"));
    }
}
