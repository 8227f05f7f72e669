package org.argus.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Figure captions and credits, kept apart from the body. Stateless. */
final class Captions {
    /** Captions longer than this are not taken as captions (the element is probably a container). */
    static final int MAX_CAPTION_CHARS = 600;

    private Captions() {
    }

    /**
     * Figure captions and credits, in page order, removed from the page once taken; the candidates are the
     * caption elements of the cleaned body and its figures, in document order (gathered by {@link #removeFurniture}).
     */
    static List<String> take(List<Element> candidates, List<Element> figures) {
        List<String> captions = new ArrayList<>();
        List<Element> taken = new ArrayList<>();
        for (Element cap : candidates) {
            if (cap.selectFirst("article, main, p p") != null || taken.stream().anyMatch(t -> cap.parents().contains(t))) {
                continue;
            }
            String t = CleanText.clean(cap.text());
            if (t.length() > MAX_CAPTION_CHARS) {
                continue;
            }
            taken.add(cap);
            if (!t.isEmpty()) {
                add(captions, t);
            }
        }
        for (Element e : taken) {
            e.remove();
        }
        for (Element figure : figures) {
            figure.remove();
        }
        return captions;
    }

    static void add(List<String> captions, String caption) {
        for (int i = 0; i < captions.size(); i++) {
            String c = captions.get(i);
            if (c.contains(caption)) {
                return;
            }
            if (caption.contains(c)) {
                captions.set(i, caption);
                return;
            }
        }
        captions.add(caption);
    }
}
