package org.argus.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.argus.model.Mention;
import org.argus.words.Words;

/**
 * The gender the text tells of an actor: a pronoun already resolved to it, else an honorific or a
 * gendered title in its name, role or mentions ("Mrs", "spokeswoman", list {@code reference/gender-words}).
 * Immutable.
 */
final class Gender {
    private final Pronouns pronouns;
    private final Pattern female;
    private final Pattern male;

    Gender(Words words, Pronouns pronouns) {
        this.pronouns = pronouns;
        List<String> fWhole = new ArrayList<>();
        List<String> fEnding = new ArrayList<>();
        List<String> mWhole = new ArrayList<>();
        List<String> mEnding = new ArrayList<>();
        words.table("reference/gender-words").forEach((word, value) -> {
            String[] f = value.split("\t");
            boolean ending = f.length > 1 && f[1].strip().equals("ending");
            switch (f[0].strip()) {
                case "f" -> (ending ? fEnding : fWhole).add(Pattern.quote(word));
                case "m" -> (ending ? mEnding : mWhole).add(Pattern.quote(word));
                default -> throw new IllegalStateException("reference/gender-words: '" + word + "' has gender '" + f[0] + "', expected f or m");
            }
        });
        this.female = pattern(fWhole, fEnding);
        this.male = pattern(mWhole, mEnding);
    }

    private static Pattern pattern(List<String> whole, List<String> ending) {
        List<String> alternatives = new ArrayList<>();
        if (!whole.isEmpty()) {
            alternatives.add(".*\\b(" + String.join("|", whole) + ")\\b.*");
        }
        if (!ending.isEmpty()) {
            alternatives.add(".*(" + String.join("|", ending) + ")\\b.*");
        }
        return alternatives.isEmpty() ? null : Pattern.compile("(?s)" + String.join("|", alternatives));
    }

    /** 'm' or 'f' when the text tells, else 0. */
    char of(Antecedent a) {
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.PRONOUN && pronouns.gender(m.text()) != 0) {
                return pronouns.gender(m.text());
            }
        }
        String words = (a.name() + " " + (a.role() == null ? "" : a.role()) + " " + a.mentions().stream().map(Mention::text)
                .collect(Collectors.joining(" "))).toLowerCase(Locale.ROOT);
        if (female != null && female.matcher(words).matches()) {
            return 'f';
        }
        if (male != null && male.matcher(words).matches()) {
            return 'm';
        }
        return 0;
    }
}
