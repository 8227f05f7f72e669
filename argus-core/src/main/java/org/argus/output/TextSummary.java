package org.argus.output;

import java.util.List;
import java.util.stream.Collectors;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Quote;

/**
 * A readable summary of one analysed article (title, date, actors, events and quotes), or of one
 * extracted article (title, subtitle, date, authors and text). Untrusted text is printed as it is:
 * the command line passes it through {@link Printable}. Stateless.
 */
public final class TextSummary {
    private static final int MAX_QUOTE_CHARS = 160;

    /** The extracted article: its heading lines, then its text and a blank line. */
    public String renderArticle(Document doc) {
        org.argus.model.Article a = doc.article();
        StringBuilder out = new StringBuilder();
        heading(doc, out);
        if (a.meta().subtitle() != null) {
            out.append("   ").append(a.meta().subtitle()).append('\n');
        }
        if (a.published() != null) {
            out.append("   published ").append(a.published().date()).append(" (")
                    .append(a.published().origin().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
        }
        if (!a.meta().authors().isEmpty()) {
            out.append("   by ").append(String.join(", ", a.meta().authors())).append('\n');
        }
        return out.append(a.text()).append('\n').toString();
    }

    private static void heading(Document doc, StringBuilder out) {
        String title = doc.article() != null && doc.article().title() != null ? doc.article().title() : "(no title)";
        out.append("== ").append(title).append(" [").append(doc.id()).append("]\n");
    }

    public String render(Document doc) {
        StringBuilder out = new StringBuilder();
        heading(doc, out);
        if (doc.article() != null && doc.article().published() != null) {
            out.append("   published ").append(doc.article().published().date())
                    .append(" (").append(doc.article().published().origin().name().toLowerCase(java.util.Locale.ROOT)).append(")");
            if (doc.article().outlet() != null) {
                out.append(", ").append(doc.article().outlet());
            }
            out.append('\n');
        }
        out.append("Actors (").append(doc.actors().size()).append("):\n");
        for (Actor a : doc.actors()) {
            out.append("  - ").append(a.name()).append(" [").append(a.type());
            appendIf(out, a.country());
            appendIf(out, a.sector());
            out.append("]");
            if (a.role() != null) {
                out.append(" ").append(a.role());
            }
            out.append(" x").append(a.mentions().size()).append('\n');
        }
        out.append("Events (").append(doc.events().size()).append("):\n");
        for (Event e : doc.events()) {
            out.append("  - ").append(e.type());
            if (e.mode() != null) {
                out.append('/').append(e.mode());
            }
            if (e.negated()) {
                out.append(" (negated)");
            }
            if (e.modality() != org.argus.model.Event.Modality.ASSERTED) {
                out.append(" (").append(e.modality().name().toLowerCase(java.util.Locale.ROOT)).append(')');
            }
            out.append(": ").append(names(e.source())).append(" -> ").append(names(e.target()));
            out.append("  \"").append(e.trigger().text()).append('"');
            if (e.date() != null) {
                out.append("  on ").append(e.date().iso());
                if (e.date().precision() != org.argus.model.EventDate.Precision.DAY) {
                    out.append(" (").append(e.date().precision().name().toLowerCase(java.util.Locale.ROOT)).append(')');
                }
                if (e.date().origin() == org.argus.model.EventDate.Origin.PUBLISHED) {
                    out.append(" (published date)");
                }
            }
            if (e.place() != null) {
                out.append("  at ").append(e.place().name());
                if (e.place().country() != null) {
                    out.append(" (").append(e.place().country()).append(')');
                }
            }
            if (e.attribution() != null) {
                out.append("  according to ").append(e.attribution().name());
            }
            out.append('\n');
        }
        out.append("Quotes (").append(doc.quotes().size()).append("):\n");
        for (Quote q : doc.quotes()) {
            String speaker = q.speaker() == null ? "(unknown)" : q.speaker().name();
            out.append("  - ").append(speaker).append(q.kind() != Quote.Kind.INDIRECT ? ": \u201C" : " (reported): \u201C")
                    .append(shorten(q.text())).append("\u201D\n");
        }
        return out.toString();
    }

    private static void appendIf(StringBuilder out, String value) {
        if (value != null) {
            out.append(' ').append(value);
        }
    }

    private static String names(List<ActorRef> refs) {
        if (refs.isEmpty()) {
            return "?";
        }
        return refs.stream().map(r -> r.country() == null ? r.name() : r.name() + " (" + r.country() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_QUOTE_CHARS ? flat : flat.substring(0, MAX_QUOTE_CHARS - 1) + "\u2026";
    }
}
