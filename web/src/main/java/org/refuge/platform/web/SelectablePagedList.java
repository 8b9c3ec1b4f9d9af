package org.refuge.platform.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A {@link PagedList} whose rows are ticked across pages (a worklist's selection for a bulk action): the rows of the
 * pages shown are remembered by their key, the latest {@value #REMEMBERED} of them, so that the table's selection finds
 * a row ticked on another page when the form is sent. Rows must be serialisable, as the view that holds the list is.
 *
 * @param <T> the rows, read models of the service
 */
public class SelectablePagedList<T> extends PagedList<T> {

    private static final long serialVersionUID = 1L;

    /** The most rows remembered: more than any selection a bulk action takes. */
    static final int REMEMBERED = 5_000;

    private final Seen<T> seen = new Seen<>();

    public SelectablePagedList(Reader<T> reader, Key<T> key) {
        super(reader, key);
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<T> rows = super.load(first, size, sortBy, filterBy);
        rows.forEach(row -> seen.put(getRowKey(row), row));
        return rows;
    }

    /**
     * Remembers rows ticked without being shown (a selection of everything the filter matches, read by the view), so
     * that the table finds them by their key when the form is sent again.
     */
    public void remember(Collection<T> rows) {
        rows.forEach(row -> seen.put(getRowKey(row), row));
    }

    @Override
    public T getRowData(String rowKey) {
        T shown = super.getRowData(rowKey);
        return shown != null ? shown : seen.get(rowKey);
    }

    /** The rows seen, the least recently shown forgotten first. */
    private static final class Seen<T> extends LinkedHashMap<String, T> {
        private static final long serialVersionUID = 1L;

        Seen() {
            super(64, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > REMEMBERED;
        }
    }
}
