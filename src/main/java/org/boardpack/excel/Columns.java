package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A table's columns, each with how its cell is read from one row's item: keeps headers and values in step. */
final class Columns<T> {

    private final List<SheetTable.Column> columns = new ArrayList<>();
    private final List<Function<T, Object>> getters = new ArrayList<>();
    private final List<Predicate<T>> notApplicable = new ArrayList<>();

    Columns<T> add(String header, int width, Function<T, Object> getter) {
        return add(header, width, null, getter);
    }

    Columns<T> add(String header, int width, StatusRules status, Function<T, Object> getter) {
        columns.add(new SheetTable.Column(header, width, status));
        getters.add(getter);
        notApplicable.add(item -> false);
        return this;
    }

    /**
     * For the column added last: when its cell is empty and {@code when} holds, the cell is coded {@code [z]} (not
     * applicable); an empty cell otherwise is coded {@code [x]} (not available) when the table is written.
     */
    Columns<T> notApplicableWhen(Predicate<T> when) {
        notApplicable.set(notApplicable.size() - 1, when);
        return this;
    }

    List<SheetTable.Column> columns() {
        return List.copyOf(columns);
    }

    List<Object> row(T item) {
        List<Object> row = new ArrayList<>(getters.size());
        for (int i = 0; i < getters.size(); i++) {
            Object v = getters.get(i).apply(item);
            row.add(Blank.isEmpty(v) && notApplicable.get(i).test(item) ? Blank.NOT_APPLICABLE : v);
        }
        return row;
    }

    List<List<Object>> rows(List<T> items) {
        return items.stream().map(this::row).toList();
    }
}
