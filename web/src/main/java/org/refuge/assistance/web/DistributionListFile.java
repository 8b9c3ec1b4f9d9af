package org.refuge.assistance.web;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.refuge.assistance.application.CatalogueService.ItemRow;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.platform.web.Messages;
import org.refuge.reporting.export.ReportTable;
import org.refuge.reporting.export.ReportTable.Cell;

/**
 * A round's distribution list as a table for the report writers (CSV with a byte order mark, XLSX): one row per line,
 * headers and item names in the reader's language. It holds what the desk needs and nothing more: registry number,
 * head's name, persons, rule, item, person, quantity and unit, the period and the collection if any; no specific need,
 * no document, no phone. A whole quantity is a number cell, a quantity with decimals its text.
 */
public final class DistributionListFile {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DistributionListFile() {
    }

    public static ReportTable table(RoundRow round, List<DueLine> lines, List<ItemRow> items, Locale locale, ZoneId zone) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        Function<String, String> text = bundle::getString;
        Map<String, ItemRow> byCode = items.stream().collect(Collectors.toMap(ItemRow::code, Function.identity()));
        ReportTable.Builder table = ReportTable.builder("distribution-list-" + round.siteCode() + "-" + round.heldOn(), locale,
                java.text.MessageFormat.format(text.apply("rounds.list.title"), round.siteCode(), round.heldOn().toString()))
                .note(java.text.MessageFormat.format(text.apply("rounds.list.note"), round.heldOn().toString()))
                .filter("round", round.id())
                .textColumn(text.apply("rounds.list.registryNumber")).textColumn(text.apply("rounds.list.head"))
                .numberColumn(text.apply("rounds.list.persons")).textColumn(text.apply("rounds.list.rule"))
                .textColumn(text.apply("rounds.list.item")).textColumn(text.apply("rounds.list.person"))
                .numberColumn(text.apply("rounds.list.quantity")).textColumn(text.apply("rounds.list.unit"))
                .textColumn(text.apply("rounds.list.periodFrom")).textColumn(text.apply("rounds.list.collectedAt"))
                .textColumn(text.apply("rounds.list.collectedSite"));
        for (DueLine l : lines) {
            ItemRow item = byCode.get(l.itemCode());
            table.row(Cell.text(l.registryNumber()), Cell.text(l.headName()), Cell.number(l.persons()), Cell.text(l.entitlementCode()),
                    Cell.text(item == null ? l.itemCode() : item.name(locale)),
                    Cell.text(l.declaredSize() ? text.apply("rounds.list.declaredSize") : l.personName()), quantity(l.quantity()),
                    Cell.text(item == null ? "" : bundle.getString("assistance.unit." + item.unit().name())),
                    Cell.text(l.periodFrom().toString()), Cell.text(l.collectedAt() == null ? "" : WHEN.format(l.collectedAt().atZone(zone))),
                    Cell.text(l.collectedSite()));
        }
        return table.build();
    }

    private static Cell quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().scale() <= 0 ? Cell.number(quantity.longValueExact()) : Cell.text(quantity.toPlainString());
    }
}
