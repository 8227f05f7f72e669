package org.argus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void transliterationsShareASkeleton() {
        assertEquals(Names.skeleton("Hekmatyar"), Names.skeleton("Hikmatyar"));
        assertEquals(Names.skeleton("Sahin"), Names.skeleton("Şahin"));
        assertEquals(Names.skeleton("Bouteflika"), Names.skeleton("Bouteflicka"));
        assertEquals(Names.skeleton("Qaddafi"), Names.skeleton("Kaddafi"));
        assertFalse(Names.skeleton("Sudan").equals(Names.skeleton("Susan")));
    }

    @Test
    void aMisspellingIsOneEditFromAWordOfSixLettersOrTwoFromNine() {
        assertTrue(Names.misspelt("Bouteflicka", "Bouteflika"));
        assertTrue(Names.misspelt("Afganistan", "Afghanistan"));
        assertTrue(Names.misspelt("Quatar", "Qatar"), "five letters, same skeleton");
        assertFalse(Names.misspelt("Indiana", "India"), "five letters, another skeleton");
        assertFalse(Names.misspelt("Iran", "Iraq"));
        assertFalse(Names.misspelt("Gordon", "Jordan"), "a different first letter is another name");
        assertFalse(Names.misspelt("Mauritania", "Lithuania"));
        assertTrue(Names.misspelt("Erdoğan", "Erdogan"), "accents are folded first");
    }

    @Test
    void nameTokensDropTitlesAndArabicArticles() {
        assertEquals(List.of("ayman", "zawahiri"), Names.tokens("Sheikh Ayman al-Zawahiri"));
        assertEquals(List.of("khalifa", "haftar"), Names.tokens("Gen. Khalifa Haftar"));
    }
}
