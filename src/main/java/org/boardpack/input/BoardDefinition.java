package org.boardpack.input;

import java.util.List;

/**
 * A board's pack definition from {@code templates/boards/<id>.yml}: its title, sections of indicators and the
 * rules for its act and watch lists.
 */
public record BoardDefinition(String id, String title, String description, List<Section> sections,
                              ExceptionRules exceptionRules) {

    public BoardDefinition {
        if (exceptionRules == null) exceptionRules = ExceptionRules.defaults();
    }

    public BoardDefinition(String id, String title, String description, List<Section> sections) {
        this(id, title, description, sections, ExceptionRules.defaults());
    }

    public record Section(String title, List<String> indicatorIds) {
    }

    public List<String> indicatorIds() {
        return sections.stream().flatMap(s -> s.indicatorIds().stream()).toList();
    }
}
