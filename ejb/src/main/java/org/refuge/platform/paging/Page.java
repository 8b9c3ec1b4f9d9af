package org.refuge.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the number of rows of the whole list, so that a screen or an API client always knows what it
 * has not been shown. Where counting everything would cost more than reading a page (millions of rows), the count
 * stops at a cap and {@code totalIsAtLeast} says so.
 *
 * @param items          the rows of this page, in the list's order
 * @param total          rows of the whole list (at least that many when {@code totalIsAtLeast})
 * @param totalIsAtLeast the count stopped at a cap
 * @param first          position of the page's first row
 * @param size           the page size asked for
 */
public record Page<T>(List<T> items, long total, boolean totalIsAtLeast, int first, int size) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page with an exact total. */
    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, false, request.first(), request.size());
    }

    /** The page {@code request} asks for, cut from a whole list that is already in memory (small, bounded lists). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.first(), all.size());
        int to = Math.min(request.end(), all.size());
        return of(all.subList(from, to), all.size(), request);
    }

    /** The same page with each row turned into another. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, totalIsAtLeast, first, size);
    }

    /** There are rows after this page. */
    public boolean hasMore() {
        return totalIsAtLeast || first + items.size() < total;
    }
}
