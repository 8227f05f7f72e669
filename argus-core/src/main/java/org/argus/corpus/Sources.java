package org.argus.corpus;

import java.net.URI;
import java.util.Locale;

/**
 * Who published an article, for counting independent sources: a near-duplicate and the articles of
 * one outlet are one source. Pure; the store and the Spark job both call it.
 */
public final class Sources {
    private Sources() {
    }

    /** The outlet's name, else the host of its URL without "www.", else null. */
    public static String outlet(String outlet, String url) {
        if (outlet != null && !outlet.isBlank()) {
            return outlet.strip();
        }
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * An article's independent source, from its group's original (the article itself when it repeats
     * nothing): "outlet:" and the original's outlet (or web host) in lower case, else "article:" and
     * the original's id.
     */
    public static String independent(String originalOutlet, String originalUrl, String originalId) {
        String outlet = outlet(originalOutlet, originalUrl);
        return outlet != null ? "outlet:" + outlet.toLowerCase(Locale.ROOT) : "article:" + originalId;
    }
}
