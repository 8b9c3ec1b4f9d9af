package org.refuge.assistance.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.refuge.assistance.application.PaymentService.LineView;
import org.refuge.assistance.application.PaymentService.ListView;
import org.refuge.platform.web.Messages;
import org.refuge.reporting.export.ReportTable;
import org.refuge.reporting.export.ReportTable.Cell;

/**
 * A payment list as the paying agency receives it (CSV with a byte order mark, XLSX): one row per line with its id
 * (the agency answers by it), registry number, head's name, the person paid for (per-person rules), the rule, the
 * amount and currency, the period, and the answer so far. Nothing else: no need, no document, no phone.
 */
public final class PaymentListFile {

    private PaymentListFile() {
    }

    public static ReportTable table(ListView list, List<LineView> lines, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        ReportTable.Builder table = ReportTable.builder("payment-list", locale,
                        MessageFormat.format(bundle.getString("payments.file.title"), list.agency(), list.siteCode()))
                .note(MessageFormat.format(bundle.getString("payments.file.note"), list.createdAt().toString()))
                .filter("list", list.id())
                .textColumn(bundle.getString("payments.file.line")).textColumn(bundle.getString("rounds.list.registryNumber"))
                .textColumn(bundle.getString("rounds.list.head")).textColumn(bundle.getString("rounds.list.person"))
                .textColumn(bundle.getString("rounds.list.rule")).numberColumn(bundle.getString("payments.file.amount"))
                .textColumn(bundle.getString("payments.file.currency")).textColumn(bundle.getString("rounds.list.periodFrom"))
                .textColumn(bundle.getString("payments.file.status")).textColumn(bundle.getString("payments.file.reference"));
        for (LineView l : lines) {
            table.row(Cell.text(l.id().toString()), Cell.text(l.registryNumber()), Cell.text(l.headName()), Cell.text(l.personName()),
                    Cell.text(l.entitlementCode()), Cell.number(l.amount().longValue()), Cell.text(l.currency()),
                    Cell.text(l.periodFrom().toString()), Cell.text(bundle.getString("payments.status." + l.status().name())),
                    Cell.text(l.reference() != null ? l.reference() : l.failureReason()));
        }
        return table.build();
    }
}
