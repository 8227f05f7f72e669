package org.argus.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.argus.model.ActorType;
import org.argus.model.Mention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.rules.Chain;
import org.argus.rules.Rules;
import org.argus.words.Words;

/**
 * The one policy for what a pronoun or a definite description refers to, as data and named units
 * (chains {@code org/argus/reference/chains/description.txt} and {@code pronoun.txt}): a reference
 * joins an actor only where the text leaves one reading. The actor stage runs it while it builds an
 * article's actors, so each resolved reference is a mention of its actor ({@link Mention.Kind#PRONOUN},
 * {@link Mention.Kind#DESCRIPTION}) with the ids of the units that resolved it; the later stages ask
 * {@link References#at} what a token refers to and get the same answer. Immutable and thread-safe.
 */
public final class Resolver {
    private final Roles roles;
    private final Pronouns pronouns;
    private final Chain<Reference> descriptions;
    private final Chain<Reference> pronounChain;

    public Resolver(Words words, Roles roles, CountryWords countries) {
        this.roles = roles;
        this.pronouns = new Pronouns(words);
        Candidates candidates = new Candidates(new Gender(words, pronouns));
        DescriptionWords described = new DescriptionWords(countries);
        this.descriptions = Chain.load("/org/argus/reference/chains/description.txt", Rules.byId(new Definite(countries),
                new Qualified(), new InsideName(described), new TitleDescription(roles, described),
                new OrganisationDescription(roles, described)));
        this.pronounChain = Chain.load("/org/argus/reference/chains/pronoun.txt", Rules.byId(new InQuotation(), new Headline(),
                new ItAsSubject(), new OwnSubject(candidates), new SameSentence(candidates), new PreviousSentence(candidates),
                new NearerPerson(roles)));
    }

    /**
     * Resolves the definite descriptions of the text, then its pronouns, in text order, handing each
     * resolved reference to {@code record} at once (the actor stage adds it to its actor, so a later
     * reference sees it: a pronoun resolved to a person tells that person's gender).
     */
    public <A extends Antecedent> void resolve(String text, List<Sentence> sentences, Antecedents<A> antecedents,
                                               Consumer<Resolution<A>> record) {
        for (Sentence s : sentences) {
            for (int h = 0; h < s.tokens().size(); h++) {
                Token head = s.tokens().get(h);
                if (!head.pos().equals("NN") || antecedents.named(s.index(), h)) {
                    continue;
                }
                String noun = head.word().toLowerCase(Locale.ROOT);
                boolean title = roles.isPersonTitle(noun);
                if (!title && !roles.isOrganisationNoun(noun)) {
                    continue;
                }
                Reference r = new Reference(Reference.Kind.DESCRIPTION, text, sentences, s, h, antecedents,
                        EnumSet.of(title ? ActorType.PERSON : ActorType.ORGANIZATION), (char) 0);
                List<String> trace = new ArrayList<>();
                descriptions.run(r, trace);
                if (r.antecedent != null && !r.ruledOut) {
                    Span span = r.span();
                    record.accept(new Resolution<>(antecedent(r), span.of(text), span, Mention.Kind.DESCRIPTION, s.index(), r.own, h,
                            trace));
                }
            }
        }
        for (Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                Set<ActorType> types = pronouns.types(t.word());
                if (types == null || !t.pos().startsWith("PRP")) {
                    continue;
                }
                Reference r = new Reference(Reference.Kind.PRONOUN, text, sentences, s, i, antecedents, types,
                        pronouns.gender(t.word()));
                List<String> trace = new ArrayList<>();
                pronounChain.run(r, trace);
                if (r.antecedent != null && !r.ruledOut) {
                    record.accept(new Resolution<>(antecedent(r), t.word(), t.span(), Mention.Kind.PRONOUN, s.index(), i, i, trace));
                }
            }
        }
    }

    /** The reference's antecedent as the caller's own actor type: it came from the caller's antecedents. */
    @SuppressWarnings("unchecked")
    private static <A extends Antecedent> A antecedent(Reference r) {
        return (A) r.antecedent;
    }
}
