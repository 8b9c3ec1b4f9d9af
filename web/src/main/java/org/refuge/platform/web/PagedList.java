package org.refuge.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;

/**
 * A lazy PrimeFaces table over a service's paged list: each page is read when it is shown, and the table's paginator
 * shows the whole list's total, so a screen never cuts a list without saying so. The page the table asks for right
 * after counting is the one read while counting: one service call per page.
 *
 * @param <T> the rows, read models of the service
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A serialisable page reader (view beans are passivated with their models). */
    @FunctionalInterface
    public interface Reader<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** A serialisable row key. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Reader<T> reader;
    private final Key<T> key;
    private int pageSize = 25;
    private transient Page<T> prefetched;
    private boolean totalIsAtLeast;

    public PagedList(Reader<T> reader, Key<T> key) {
        this.reader = reader;
        this.key = key;
    }

    /**
     * The rows the table shows on its first page, when it is not 25: the page read while counting is then the page the
     * table asks for, and the first draw costs one read, not two.
     */
    public PagedList<T> firstPage(int rows) {
        pageSize = Math.min(Math.max(rows, 1), PageRequest.MAX_SIZE);
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        prefetched = reader.apply(new PageRequest(0, pageSize));
        totalIsAtLeast = prefetched.totalIsAtLeast();
        return (int) Math.min(prefetched.total(), Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int bounded = Math.min(Math.max(size, 1), PageRequest.MAX_SIZE);
        pageSize = bounded;
        Page<T> page = prefetched != null && prefetched.first() == first && prefetched.size() == bounded
                ? prefetched
                : reader.apply(new PageRequest(first, bounded));
        prefetched = null;
        totalIsAtLeast = page.totalIsAtLeast();
        setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    /** The row of the page shown with this key: what a table with row selection finds a ticked row by. */
    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }

    /** The total is a lower bound (the count stopped at its cap): the screen says "at least". */
    public boolean isTotalIsAtLeast() {
        return totalIsAtLeast;
    }
}
