package org.refuge.platform.rest;

import java.util.List;

import org.refuge.platform.paging.Page;

/**
 * A list resource's answer: one page of items and the total of the whole list ({@code totalIsAtLeast} when the count
 * stopped at a cap), so that a client always knows what it has not been shown.
 */
public record PageAnswer<T>(List<T> items, long total, boolean totalIsAtLeast, int page, int size) {

    public static <T> PageAnswer<T> of(Page<T> page) {
        return new PageAnswer<>(page.items(), page.total(), page.totalIsAtLeast(), page.first() / page.size(), page.size());
    }
}
