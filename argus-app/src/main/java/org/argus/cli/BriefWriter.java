package org.argus.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.Disputes;
import org.argus.store.Brief;
import org.argus.store.CorpusActor;
import org.argus.store.CorpusQuote;
import org.argus.store.TimelineEntry;

/**
 * Writes a {@link Brief} as plain text or Markdown. Article text is untrusted: in Markdown every
 * character that could start markup, a link or HTML is escaped, and only http(s) URLs become links.
 */
abstract class BriefWriter {
    /** How many words open and close a text-fragment link to a sentence. */
    private static final int FRAGMENT_WORDS = 5;

    final PrintWriter out;

    private BriefWriter(PrintWriter out) {
        this.out = out;
    }

    static BriefWriter text(PrintWriter out) {
        return new Text(out);
    }

    static BriefWriter markdown(PrintWriter out) {
        return new Markdown(out);
    }

    /** Untrusted text made safe for the format. */
    abstract String safe(String text);

    abstract void heading(int level, String text);

    /** An item; {@code depth} 0 is top level. */
    abstract void item(int depth, String text);

    /** A cited passage with a link to where it stands. */
    abstract String cite(Brief.Link link, String passage);

    abstract String strong(String safeText);

    void write(Brief b) {
        heading(1, "Brief: " + safe(b.query()));
        String period = b.from() == null && b.to() == null ? "all dates"
                : (b.from() == null ? "..." : b.from().toString()) + " to " + (b.to() == null ? "..." : b.to().toString());
        out.println("Period: " + period + ". Articles cited: " + b.articles().size() + ".");
        if (b.actors().isEmpty()) {
            out.println("No corpus actor is named or aliased '" + safe(b.query()) + "'; events are matched on their parties' names.");
        } else {
            List<String> labels = new ArrayList<>();
            for (CorpusActor a : b.actors()) {
                String label = safe(a.name()) + (a.country() == null ? "" : " (" + safe(a.country()) + ")");
                List<String> aliases = a.aliases().stream().filter(x -> !x.equalsIgnoreCase(a.name())).map(this::safe).toList();
                labels.add(aliases.isEmpty() ? label : label + ", also " + String.join(", ", aliases));
            }
            out.println("Matched: " + String.join("; ", labels) + ".");
        }
        out.println();

        heading(2, "Key events");
        if (b.events().isEmpty()) {
            item(0, "(none)");
        }
        for (TimelineEntry e : b.events()) {
            String actors = (e.sources().isEmpty() ? "?" : safe(String.join(", ", e.sources())))
                    + (e.targets().isEmpty() ? "" : " -> " + safe(String.join(", ", e.targets())));
            String place = e.place() == null ? "" : " @ " + safe(e.place());
            String conflicts = TimelineCommand.conflicts(e);
            item(0, strong(safe(e.date())) + " (" + e.datePrecision() + ") " + e.type() + (e.negated() ? " (negated)" : "") + ": "
                    + actors + place + "; " + e.independentSources() + (e.independentSources() == 1 ? " source" : " sources")
                    + (conflicts.isEmpty() ? "" : "; reports disagree on " + safe(conflicts)));
            java.util.Set<String> cited = new java.util.HashSet<>();
            for (TimelineEntry.Report r : e.reports()) {
                if (cited.add(r.article() + "\u001f" + r.sentence())) { // one sentence may code two events of one cluster
                    item(1, cite(b.locate(r.article(), r.sentence()), r.sentence()));
                }
            }
        }
        out.println();

        heading(2, "Main quotes");
        if (b.quotes().isEmpty()) {
            item(0, "(none)");
        }
        for (CorpusQuote q : b.quotes()) {
            String speaker = q.speaker() == null ? "unattributed" : safe(q.speaker());
            item(0, strong(speaker) + " (" + q.kind() + "): " + cite(b.link(q), q.text()));
        }
        out.println();

        heading(2, "Alliances");
        if (b.alliances().isEmpty()) {
            item(0, "(none)");
        }
        for (AllianceGraph.Edge e : b.alliances()) {
            String span = e.firstDate() == null ? "" : ", " + safe(e.firstDate()) + (e.lastDate().equals(e.firstDate()) ? "" : " to " + safe(e.lastDate()));
            item(0, strong(e.relation().name()) + ": " + safe(Parties.label(e.source())) + " -> " + safe(Parties.label(e.target()))
                    + " (" + e.weight() + (e.weight() == 1 ? " source" : " sources") + span + ")");
            for (AllianceGraph.Evidence ev : e.evidence()) {
                item(1, cite(b.locate(ev.article(), ev.sentence()), ev.sentence()));
            }
        }
        out.println();

        heading(2, "Disputed points");
        if (b.disputes().isEmpty()) {
            item(0, "(none)");
        }
        for (Disputes.Dispute d : b.disputes()) {
            item(0, strong(safe(Parties.label(d.accused()))) + " is accused and denies");
            for (Disputes.Side side : d.asserted()) {
                for (AllianceGraph.Evidence ev : side.evidence()) {
                    item(1, "asserted by " + safe(Parties.label(side.party())) + ": " + cite(b.locate(ev.article(), ev.sentence()), ev.sentence()));
                }
            }
            for (AllianceGraph.Evidence ev : d.denied()) {
                item(1, "denied: " + cite(b.locate(ev.article(), ev.sentence()), ev.sentence()));
            }
        }
    }

    /** "[article 120-245]", or "[article]" when the passage could not be placed. */
    static String where(Brief.Link link) {
        return link.start() < 0 ? link.article() : link.article() + " " + link.start() + "-" + link.end();
    }

    /** The http(s) URL of the page with a text fragment that scrolls to {@code passage}, or null. */
    static String fragmentUrl(String url, String passage) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return null;
        }
        String base = uri.toASCIIString();
        int hash = base.indexOf('#');
        if (hash >= 0) {
            base = base.substring(0, hash);
        }
        String[] words = Parties.oneLine(passage).split(" ");
        String fragment;
        if (words.length <= 2 * FRAGMENT_WORDS) {
            fragment = encode(String.join(" ", words));
        } else {
            fragment = encode(String.join(" ", List.of(words).subList(0, FRAGMENT_WORDS))) + ","
                    + encode(String.join(" ", List.of(words).subList(words.length - FRAGMENT_WORDS, words.length)));
        }
        return base.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E") + "#:~:text=" + fragment;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D").replace("*", "%2A");
    }

    private static final class Text extends BriefWriter {
        Text(PrintWriter out) {
            super(out);
        }

        @Override
        String safe(String text) {
            // no control characters (terminal escapes) from untrusted text
            return text == null ? "" : Parties.oneLine(text).replaceAll("\\p{Cntrl}", " ");
        }

        @Override
        void heading(int level, String text) {
            out.println(level == 1 ? text : text.toUpperCase(Locale.ROOT));
        }

        @Override
        void item(int depth, String text) {
            out.println("  ".repeat(depth + 1) + (depth == 0 ? "* " : "- ") + text);
        }

        @Override
        String cite(Brief.Link link, String passage) {
            String url = fragmentUrl(link.url(), passage);
            return "\"" + safe(passage) + "\" [" + safe(where(link)) + "]" + (url == null ? "" : " " + url);
        }

        @Override
        String strong(String safeText) {
            return safeText;
        }
    }

    private static final class Markdown extends BriefWriter {
        Markdown(PrintWriter out) {
            super(out);
        }

        @Override
        String safe(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (char c : Parties.oneLine(text).toCharArray()) {
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~', '"' -> sb.append('\\').append(c);
                    default -> sb.append(Character.isISOControl(c) ? ' ' : c);
                }
            }
            return sb.toString();
        }

        @Override
        void heading(int level, String text) {
            out.println("#".repeat(level) + " " + text);
            out.println();
        }

        @Override
        void item(int depth, String text) {
            out.println("  ".repeat(depth) + "- " + text);
        }

        @Override
        String cite(Brief.Link link, String passage) {
            String url = fragmentUrl(link.url(), passage);
            String label = safe(where(link));
            return "\u201c" + safe(passage) + "\u201d (" + (url == null ? label : "[" + label + "](" + url + ")") + ")";
        }

        @Override
        String strong(String safeText) {
            return "**" + safeText + "**";
        }
    }
}
