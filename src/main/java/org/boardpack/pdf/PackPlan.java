package org.boardpack.pdf;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.pack.view.PackView;
import org.boardpack.pack.view.SectionView;

/**
 * The pack's parts in reading order, decided from the model before anything is drawn: the contents page lists them
 * and the bookmarks mirror them.
 */
final class PackPlan {

    static final String COVER = "cover";
    static final String CONTENTS = "contents";
    static final String SUMMARY = "summary";
    static final String EXCEPTIONS = "exceptions";
    static final String TRACKER = "tracker";
    static final String QUALITY = "quality";
    static final String DEFINITIONS = "definitions";

    static final String SUMMARY_TITLE = "Executive summary";
    static final String EXCEPTIONS_TITLE = "Exceptions";
    static final String TRACKER_TITLE = "Improvement plan tracker";
    static final String QUALITY_TITLE = "Data quality";
    static final String DEFINITIONS_TITLE = "Appendix: definitions";

    /**
     * One part of the pack.
     *
     * @param key        stable id, e.g. "area-2" or "area-2-trends"
     * @param title      heading, contents entry and bookmark title
     * @param level      0 for a section, 1 for a part within one
     * @param inContents whether the contents page lists it (the cover and the contents page do not)
     */
    record Part(String key, String title, int level, boolean inContents) {
    }

    private PackPlan() {
    }

    static String areaKey(int index) {
        return "area-" + (index + 1);
    }

    static String trendsKey(int index) {
        return areaKey(index) + "-trends";
    }

    static String trendsTitle(SectionView area) {
        return "Trend charts: " + area.title();
    }

    static List<Part> of(PackView pack) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(COVER, "Cover", 0, false));
        parts.add(new Part(CONTENTS, "Contents", 0, false));
        parts.add(new Part(SUMMARY, SUMMARY_TITLE, 0, true));
        for (int i = 0; i < pack.sections().size(); i++) {
            SectionView s = pack.sections().get(i);
            parts.add(new Part(areaKey(i), s.title(), 0, true));
            parts.add(new Part(trendsKey(i), trendsTitle(s), 1, true));
        }
        parts.add(new Part(EXCEPTIONS, EXCEPTIONS_TITLE, 0, true));
        if (pack.recommendations() != null) parts.add(new Part(TRACKER, TRACKER_TITLE, 0, true));
        parts.add(new Part(QUALITY, QUALITY_TITLE, 0, true));
        parts.add(new Part(DEFINITIONS, DEFINITIONS_TITLE, 0, true));
        return parts;
    }

    /** The titles of the sections (level 0) in order, cover and contents included: what the bookmarks show. */
    static List<String> sectionTitles(PackView pack) {
        return of(pack).stream().filter(p -> p.level() == 0).map(Part::title).toList();
    }
}
