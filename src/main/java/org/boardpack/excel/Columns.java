package org.boardpack.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A table's columns, each with how its cell is read from one row's item: keeps headers and values in step. */
final class Columns<T> {

    private final List<SheetTable.Column> columns = new ArrayList<>();
    private final List<Function<T, Object>> getters = new ArrayList<>();

    Columns<T> add(String header, int width, Function<T, Object> getter) {
        return add(header, width, null, getter);
    }

    Columns<T> add(String header, int width, StatusRules status, Function<T, Object> getter) {
        columns.add(new SheetTable.Column(header, width, status));
        getters.add(getter);
        return this;
    }

    List<SheetTable.Column> columns() {
        return List.copyOf(columns);
    }

    List<Object> row(T item) {
        List<Object> row = new ArrayList<>(getters.size());
        for (Function<T, Object> g : getters) row.add(g.apply(item));
        return row;
    }

    List<List<Object>> rows(List<T> items) {
        return items.stream().map(this::row).toList();
    }
}
