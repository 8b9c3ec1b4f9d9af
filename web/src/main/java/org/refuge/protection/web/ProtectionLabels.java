package org.refuge.protection.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Messages;
import org.refuge.protection.domain.Decree;
import org.refuge.protection.application.ProtectionService.Member;
import org.refuge.protection.web.ProtectionDecisionsView.DecreeOption;
import org.refuge.registration.application.ReferenceDataService;

/**
 * How a household member and a decree read on the decisions page, in its language: protection status, citizenships
 * by name, which steps a member's row offers (propose, extend, end) and their confirmations. Reads nothing but the
 * reference data (country names, once per request).
 */
@Named
@RequestScoped
public class ProtectionLabels {

    @Inject
    Messages messages;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    org.refuge.platform.web.Dates dates;

    private Map<String, String> countryNames;

    /** Whether an exception can be proposed: not protected, none open, the security check answered, not covered or a hit. */
    public boolean canPropose(Member member) {
        return member.status() == null && member.openException() == null && !"PENDING".equals(member.security())
                && !member.grantable();
    }

    /** Whether the member's protection is running, so it can be extended or ended. */
    public boolean active(Member member) {
        return "GRANTED".equals(member.status()) || "EXTENDED".equals(member.status());
    }

    /** The member's protection status as the bundle names it, NONE when there is none. */
    public String status(Member member) {
        return member.status() == null ? "NONE" : member.status();
    }

    /** The extension's confirmation for a member. */
    public String extendQuestion(Member member) {
        return messages.text("protection.extend.confirm", member.name(), dates.date(member.validUntil()));
    }

    /** The member's citizenships by name in the page's language, or "stateless". */
    public String citizenships(Member member) {
        if (member.stateless()) {
            return messages.text("protection.stateless");
        }
        return member.citizenships().stream().map(this::countryName).collect(Collectors.joining(", "));
    }

    /** Citizenships by name in the page's language (a worklist's household), "stateless" for STATELESS. */
    public String citizenshipNames(List<String> codes) {
        return codes.stream().map(code -> Decree.STATELESS.equals(code) ? messages.text("protection.stateless") : countryName(code))
                .collect(Collectors.joining(", "));
    }

    /** The member's citizenship codes, for the tooltip. */
    public String citizenshipCodes(Member member) {
        return String.join(", ", member.citizenships());
    }

    /** A decree's label in the page's language. */
    public String decreeLabel(DecreeOption option) {
        return messages.text("protection.decree.option", option.number(), dates.date(option.inForceFrom()));
    }

    private String countryName(String code) {
        if (countryNames == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            Map<String, String> names = new HashMap<>();
            referenceData.countries().forEach(c -> names.put(c.code(), c.name(locale)));
            countryNames = names;
        }
        String name = countryNames.get(code);
        return name == null || name.isBlank() ? code : name;
    }
}
