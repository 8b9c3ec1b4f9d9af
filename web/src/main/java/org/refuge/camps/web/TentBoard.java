package org.refuge.camps.web;

import java.io.Serializable;
import java.util.List;

import org.refuge.camps.application.CampService.StructureView;

/**
 * The camp board's tents as the page shows them: filtered (only those with free beds, only accessible ones) and at
 * most {@link #PAGE} at a time, so that a camp of a thousand tents sends a page of the size of a camp of two hundred;
 * the board pages with "previous" and "next" when it has more.
 */
public class TentBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tents shown at once: a camp of up to 200 tents has a board of one page. */
    static final int PAGE = 200;

    private boolean onlyFree;
    private boolean onlyAccessible;
    private int page;

    /** The tents of the current page among the accommodation tents of {@code structures}, filtered. */
    public List<StructureView> shown(List<StructureView> structures) {
        List<StructureView> tents = filtered(structures);
        page = Math.max(0, Math.min(page, pages(tents.size()) - 1));
        return tents.subList(page * PAGE, Math.min(tents.size(), (page + 1) * PAGE));
    }

    /** How many pages the filtered tents take (one at least). */
    public int pages(List<StructureView> structures) {
        return pages(filtered(structures).size());
    }

    private static int pages(int tents) {
        return Math.max(1, (tents + PAGE - 1) / PAGE);
    }

    private List<StructureView> filtered(List<StructureView> structures) {
        return structures.stream().filter(s -> "TENT".equals(s.kind()))
                .filter(s -> !onlyFree || TentChoices.hasFreeBeds(s))
                .filter(s -> !onlyAccessible || s.accessible()).toList();
    }

    public void next() { page++; }
    public void previous() { page = Math.max(0, page - 1); }
    public int getPage() { return page; }

    public boolean isOnlyFree() { return onlyFree; }
    public void setOnlyFree(boolean onlyFree) { this.onlyFree = onlyFree; page = 0; }
    public boolean isOnlyAccessible() { return onlyAccessible; }
    public void setOnlyAccessible(boolean onlyAccessible) { this.onlyAccessible = onlyAccessible; page = 0; }
}
