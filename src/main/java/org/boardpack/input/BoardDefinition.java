package org.boardpack.input;

import java.util.List;

/**
 * A board's pack definition from {@code templates/boards/<id>.yml}: its title, sections of indicators and the
 * editions it builds ({@code editions: [full, partner]}; default full alone).
 */
public record BoardDefinition(String id, String title, String description, List<Section> sections, List<String> editions) {

    public BoardDefinition {
        editions = editions == null || editions.isEmpty() ? List.of("full") : List.copyOf(editions);
    }

    /** A board of the full edition alone. */
    public BoardDefinition(String id, String title, String description, List<Section> sections) {
        this(id, title, description, sections, List.of("full"));
    }

    public record Section(String title, List<String> indicatorIds) {
    }

    public List<String> indicatorIds() {
        return sections.stream().flatMap(s -> s.indicatorIds().stream()).toList();
    }
}
