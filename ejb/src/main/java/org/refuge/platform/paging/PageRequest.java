package org.refuge.platform.paging;

/**
 * Which rows of a list a reader asks for: the first row's position and how many rows. Every list that can grow is
 * read this way, so no list is cut without saying so: the answer is a {@link Page} with the total.
 *
 * @param first position of the first row, from 0
 * @param size  rows on the page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int first, int size) {

    /** The most rows one page may hold. */
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("first >= 0 and size 1.." + MAX_SIZE);
        }
    }

    /** Page number {@code page} (from 0) of {@code size} rows. */
    public static PageRequest page(int page, int size) {
        if (page < 0 || (long) page * size > Integer.MAX_VALUE - MAX_SIZE) {
            throw new IllegalArgumentException("page >= 0");
        }
        return new PageRequest(page * size, size);
    }

    /** The first {@code size} rows. */
    public static PageRequest firstRows(int size) {
        return new PageRequest(0, size);
    }

    /**
     * How far a count that stops at {@code cap} counts for this page: the cap, or for a page at or past it one page
     * beyond this one, so that a paginator showing "at least" always offers the next page when there is one (with the
     * cap alone, the paginator of a list of 10,000 or more stopped at the cap's page).
     */
    public long countCap(int cap) {
        return Math.max(cap, (long) first + 2L * size);
    }

    /** One past the last row's position. */
    public int end() {
        return first + size;
    }
}
