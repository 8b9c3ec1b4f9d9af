package org.refuge.camps.rest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.HttpHeaders;

import org.refuge.camps.application.BulkAllocationService;
import org.refuge.camps.domain.TentProposal;
import org.refuge.platform.web.Refusals;

/**
 * The answer of {@code POST /api/v1/allocations/bulk}: one item per household, in the order asked, with its result
 * ({@code ALLOCATED}, {@code ALREADY_ALLOCATED}, {@code REFUSED}), its camp and tents, and for a refusal the rule and
 * its text in the caller's language (Accept-Language among en, hy, ru; English otherwise); then the totals.
 */
public record BulkAllocationAnswer(List<Item> items, int total, int allocated, int alreadyAllocated, int refused) {

    private static final Set<String> LANGUAGES = Set.of("en", "hy", "ru");

    /** One household's answer. */
    public record Item(String registryNumber, String result, String campCode, List<TentProposal.Share> tents, String rule,
                       String message) {
    }

    static BulkAllocationAnswer of(BulkAllocationService.Result result, HttpHeaders headers) {
        Locale locale = locale(headers);
        List<Item> items = result.items().stream().map(i -> new Item(i.registryNumber(), i.outcome().name(), i.campCode(), i.tents(),
                i.rule(), i.messageKey() == null ? null : Refusals.text(locale, i.messageKey(), i.arguments().toArray()))).toList();
        return new BulkAllocationAnswer(items, items.size(), result.allocated(), result.alreadyAllocated(), result.refused());
    }

    private static Locale locale(HttpHeaders headers) {
        for (Locale accepted : headers == null ? List.<Locale>of() : headers.getAcceptableLanguages()) {
            if (LANGUAGES.contains(accepted.getLanguage())) {
                return Locale.forLanguageTag(accepted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
