package org.boardpack.input;

import java.util.List;

/** A board's pack definition from {@code templates/boards/<id>.yml}: its title and sections of indicators. */
public record BoardDefinition(String id, String title, String description, List<Section> sections) {

    public record Section(String title, List<String> indicatorIds) {
    }

    public List<String> indicatorIds() {
        return sections.stream().flatMap(s -> s.indicatorIds().stream()).toList();
    }
}
