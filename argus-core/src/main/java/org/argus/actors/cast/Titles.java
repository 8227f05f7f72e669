package org.argus.actors.cast;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.actors.ActorKnowledge;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.reference.Roles;
import org.argus.words.Words;

/**
 * Reads the title words before a name: "Kenyan Foreign Minister Amina Mwangi" is KEN, GOV, "Foreign
 * Minister"; "UN Secretary-General Jan Novak" is IGO, "Secretary-General"; "the United Nations envoy
 * Lena Kovac" is IGO, "envoy"; "Somali militant Ali Farah" reads "militant" as a title (list
 * {@code actors/describing-nouns}). A title split by the tokenizer at a hyphen ("Secretary - General")
 * stays one title. Immutable and thread-safe.
 */
public final class Titles {
    /** How many words before a name a title may start. */
    private static final int WINDOW = 5;

    /** What the words before a name tell: the organisation the person serves, a country, a sector, a role. */
    public record Title(boolean organisation, String country, String sector, String role) {
        public static final Title NONE = new Title(false, null, null, null);
    }

    private final ActorKnowledge knowledge;
    private final Roles roles;
    private final Set<String> describing;

    public Titles(ActorKnowledge knowledge, Roles roles, Words words) {
        this.knowledge = knowledge;
        this.roles = roles;
        this.describing = words.set("actors/describing-nouns");
    }

    /** True for a noun for what one person is: "activist", "militant", "tycoon". */
    public boolean isDescribingNoun(String word) {
        return describing.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The title of the words before token {@code first} of {@code s}. */
    public Title before(Sentence s, int first) {
        boolean organisation = false;
        String country = null;
        String sector = null;
        List<Token> t = s.tokens();
        int start = first;
        String nearest = null;
        int floor = first - WINDOW;
        for (int i = first - 1; i >= Math.max(0, floor); i--) {
            String w = t.get(i).word();
            if (w.equals("-") && i > 0 && TokenText.glued(t, i - 1, i) && TokenText.glued(t, i, i + 1)
                    && roles.isTitleWord(t.get(i - 1).word())) {
                nearest = t.get(i - 1).word() + "-" + t.get(i + 1).word();
                start = i;
                continue;
            }
            if ((w.equals("of") || w.equals("for")) && start == i + 1 && i > 0 && roles.isTitleWord(t.get(i - 1).word())) {
                // "Minister for Finance Ali Farah", "Minister of State for Foreign Affairs Ana Lima": an office
                // named after the title (the connecting word does not count against the window)
                floor--;
                continue;
            }
            ActorKnowledge.Entry org = organisationEndingAt(t, i);
            if (org != null) {
                if (start < first) {
                    sector = org.sector();
                    country = org.country();
                    organisation = true;
                }
                break;
            }
            ActorKnowledge.Entry known = knowledge.lookup(w);
            boolean describes = i == first - 1 && describing.contains(w.toLowerCase(Locale.ROOT));
            if (roles.isTitleWord(w) || describes) {
                start = i;
                if (nearest == null && (roles.sector(w) != null || describes)) {
                    nearest = w;
                }
            } else if (known != null && known.country() != null && known.kind() != ActorKnowledge.Kind.ORGANIZATION) {
                country = known.country();
                break;
            } else if (w.equals("'s") && i > 0) {
                ActorKnowledge.Entry owner = knowledge.lookup(t.get(i - 1).word());
                if (owner == null && "LOCATION".equals(t.get(i - 1).ner())) {
                    owner = knowledge.lookupMisspelt(t.get(i - 1).word()); // "Bahrein's king"
                }
                if (owner != null && owner.country() != null) {
                    country = owner.country();
                }
                break;
            } else {
                break;
            }
        }
        if (start == first || nearest == null) {
            // no title words, or only modifiers ("former", "senior"), which describe nothing
            return new Title(organisation, country, sector, null);
        }
        String role = TokenText.asWritten(t, start, first - 1);
        if (!organisation) {
            sector = roles.sector(nearest);
            if (sector == null) {
                sector = roles.sector(t.get(first - 1).word());
            }
        }
        return new Title(organisation, country, sector, role);
    }

    /** A known organisation whose name ends at token {@code last} ("United Nations", "UN", "NATO"), or null. */
    private ActorKnowledge.Entry organisationEndingAt(List<Token> t, int last) {
        for (int len = Math.min(4, last + 1); len >= 1; len--) {
            ActorKnowledge.Entry e = knowledge.lookup(TokenText.joined(t, last - len + 1, last));
            if (e != null && e.kind() == ActorKnowledge.Kind.ORGANIZATION) {
                return e;
            }
        }
        return null;
    }
}
