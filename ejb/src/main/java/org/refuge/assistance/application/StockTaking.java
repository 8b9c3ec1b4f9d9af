package org.refuge.assistance.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.assistance.domain.AidCollection;
import org.refuge.assistance.domain.AssistanceItem;
import org.refuge.assistance.domain.ItemCategory;
import org.refuge.assistance.domain.StockEntry;
import org.refuge.assistance.infrastructure.Catalogue;
import org.refuge.assistance.infrastructure.StockLedger;
import org.refuge.assistance.infrastructure.StockLedger.Key;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.site.SiteService;

/**
 * What the collections at a desk take from the stock: goods in kind come out of what the site holds of the item from
 * the rule's partner (the partner of the collection's DISTRIBUTION row), and a collection the balance cannot cover is
 * refused (409) naming the item, the site, the partner and what is left, with nothing written. The balances are locked
 * for the rest of the transaction ({@link StockLedger#lockedBalances}), so two desks taking the last units at the same
 * instant are served one after the other and the second hears what the first left. Cash is not taken from a site's
 * stock (an agency or the state pays it): its lines write their DISTRIBUTION rows unchecked.
 */
@ApplicationScoped
public class StockTaking {

    /** The message key of the refusal of a collection the site's stock cannot cover. */
    public static final String SHORT = "refuge.stock.short";

    @Inject
    StockLedger stock;

    @Inject
    Catalogue catalogue;

    @Inject
    SiteService sites;

    /**
     * Checks the lines (written already, in the caller's transaction) against the locked balances, then writes their
     * DISTRIBUTION rows in key order; refuses with {@link #SHORT} when a balance holds less than the lines take from it.
     */
    public void take(List<AidCollection> lines, LocalDate day) {
        Map<Key, BigDecimal> wanted = new TreeMap<>();
        for (AidCollection line : lines) {
            if (!cash(line.itemCode())) {
                wanted.merge(key(line), line.quantity(), BigDecimal::add);
            }
        }
        Map<Key, BigDecimal> held = stock.lockedBalances(wanted.keySet());
        wanted.forEach((key, quantity) -> {
            BigDecimal left = held.getOrDefault(key, BigDecimal.ZERO);
            if (left.compareTo(quantity) < 0) {
                throw shortOf(key, left, quantity);
            }
        });
        lines.stream().sorted(Comparator.comparing(StockTaking::key)).forEach(line -> stock.add(StockEntry.distribution(line, day)));
    }

    private boolean cash(String itemCode) {
        return catalogue.item(itemCode).map(AssistanceItem::category).orElse(null) == ItemCategory.CASH;
    }

    private static Key key(AidCollection line) {
        return new Key(line.siteCode(), line.itemCode(), line.partnerCode());
    }

    /**
     * The refusal: what is left (never below 0 in the text) and what the lines take, the item in the three languages
     * (each text picks its own: {1} English, {2} Armenian, {3} Russian), the site by name and code, the partner by code.
     */
    private Refusal shortOf(Key key, BigDecimal left, BigDecimal asked) {
        AssistanceItem item = catalogue.item(key.item()).orElseThrow(AssistanceItem::unknown);
        String site = sites.byCodes(List.of(key.site())).stream().findFirst().map(s -> s.name() + " (" + s.code() + ")").orElse(key.site());
        String shown = StockLedger.decimal(left.max(BigDecimal.ZERO)).toPlainString();
        return Refusal.of(Refusal.Kind.CONFLICT, null, SHORT, shown, item.nameEn(), item.nameHy(), item.nameRu(), site, key.partner(),
                        StockLedger.decimal(asked).toPlainString())
                .with("rule", "stock").with("siteCode", key.site()).with("itemCode", key.item()).with("partnerCode", key.partner())
                .with("left", StockLedger.decimal(left)).with("asked", StockLedger.decimal(asked));
    }
}
