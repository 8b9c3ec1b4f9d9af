package org.refuge.platform.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;

/**
 * {@code ?page=0&size=50} of every list resource ({@code @BeanParam PageParams paging}): page numbers from 0, at most
 * {@value PageRequest#MAX_SIZE} rows; anything else is a 400 in the caller's language.
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    int size;

    public PageRequest request() {
        try {
            return PageRequest.page(page, size);
        } catch (IllegalArgumentException refused) {
            throw Refusal.invalid(page < 0 ? "page" : "size", "refuge.request.page", PageRequest.MAX_SIZE);
        }
    }
}
