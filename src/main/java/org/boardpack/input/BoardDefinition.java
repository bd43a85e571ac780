package org.boardpack.input;

import java.util.List;

/**
 * A board's pack definition from {@code templates/boards/<id>.yml}: its title, sections of indicators and the
 * editions it builds ({@code editions: [full, partner]}; default full alone) and the rules for its act and watch lists.
 */
public record BoardDefinition(String id, String title, String description, List<Section> sections, List<String> editions,
                              ExceptionRules exceptionRules) {

    public BoardDefinition {
        editions = editions == null || editions.isEmpty() ? List.of("full") : List.copyOf(editions);
        if (exceptionRules == null) exceptionRules = ExceptionRules.defaults();
    }

    /** A board of the full edition alone, with the default act and watch rules. */
    public BoardDefinition(String id, String title, String description, List<Section> sections) {
        this(id, title, description, sections, List.of("full"), ExceptionRules.defaults());
    }

    /** A board of the given editions, with the default act and watch rules. */
    public BoardDefinition(String id, String title, String description, List<Section> sections, List<String> editions) {
        this(id, title, description, sections, editions, ExceptionRules.defaults());
    }

    /** A board of the full edition alone, with its own act and watch rules. */
    public BoardDefinition(String id, String title, String description, List<Section> sections, ExceptionRules exceptionRules) {
        this(id, title, description, sections, List.of("full"), exceptionRules);
    }

    public record Section(String title, List<String> indicatorIds) {
    }

    public List<String> indicatorIds() {
        return sections.stream().flatMap(s -> s.indicatorIds().stream()).toList();
    }
}
