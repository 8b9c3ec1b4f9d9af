package org.refuge.registration.web;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.ServiceTexts;
import org.refuge.registration.application.ReferenceDataService;

/**
 * The choices of the member form in the page's language, and the search behind its keyboard pickers: a registrar
 * types a few letters of a country's, a language's or a specific need's name (or its code) and picks one with Enter
 * or Tab; nothing is ticked by accident and no list of 249 countries is sent with the page.
 */
@Named
@ViewScoped
public class MemberOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Suggestions shown at most while typing. */
    static final int SUGGESTIONS = 12;

    @Inject
    ReferenceDataService referenceData;

    private Map<String, Option> countries;
    private Map<String, Option> languages;
    private Map<String, Option> needs;
    private List<Option> documentTypes;

    /** A code with its name in the page's language and the text a search matches (name, English name and code). */
    public record Option(String code, String label, String searchable) implements Serializable {
    }

    public List<String> completeCountry(String query) {
        return search(countries(), query);
    }

    public List<String> completeLanguage(String query) {
        return search(languages(), query);
    }

    public List<String> completeNeed(String query) {
        return search(needs(), query);
    }

    public String countryLabel(String code) {
        return label(countries(), code);
    }

    public String languageLabel(String code) {
        return label(languages(), code);
    }

    public String needLabel(String code) {
        return label(needs(), code);
    }

    public List<Option> getDocumentTypes() {
        if (documentTypes == null) {
            Locale locale = locale();
            documentTypes = referenceData.documentTypes().stream().filter(ReferenceDataService.DocumentType::active)
                    .map(d -> new Option(d.code(), d.label(locale), d.code())).toList();
        }
        return documentTypes;
    }

    /** The countries in the page's language, by name: the document's issuing country is chosen from them. */
    public List<Option> getCountries() {
        return List.copyOf(countries().values());
    }

    private Map<String, Option> countries() {
        if (countries == null) {
            Locale locale = locale();
            countries = byLabel(referenceData.countries().stream().filter(ReferenceDataService.Country::active).toList(),
                    c -> new Option(c.code(), c.name(locale) + " (" + c.code() + ")", c.name(locale) + " " + c.name(Locale.ENGLISH)
                            + " " + c.code()));
        }
        return countries;
    }

    private Map<String, Option> languages() {
        if (languages == null) {
            Locale locale = locale();
            languages = byLabel(referenceData.languages().stream().filter(ReferenceDataService.Language::active).toList(),
                    l -> new Option(l.code(), l.name(locale), l.name(locale) + " " + l.name(Locale.ENGLISH) + " " + l.code()));
        }
        return languages;
    }

    private Map<String, Option> needs() {
        if (needs == null) {
            Locale locale = locale();
            needs = new LinkedHashMap<>();
            referenceData.specificNeeds().stream().filter(ReferenceDataService.SpecificNeed::active).forEach(n -> {
                String name = ServiceTexts.label("need.", n.code(), locale);
                needs.put(n.code(), new Option(n.code(), n.code() + " — " + name, n.code() + " " + name));
            });
        }
        return needs;
    }

    private static <T> Map<String, Option> byLabel(List<T> items, Function<T, Option> option) {
        Map<String, Option> byCode = new LinkedHashMap<>();
        items.stream().map(option).sorted(Comparator.comparing(Option::label)).forEach(o -> byCode.put(o.code(), o));
        return byCode;
    }

    /**
     * The codes whose name, English name or code holds the typed text (case and accents ignored), those with a word
     * that starts with it first, at most {@value #SUGGESTIONS}; none for blanks.
     */
    static List<String> search(Map<String, Option> options, String query) {
        String typed = fold(query);
        if (typed.isEmpty()) {
            return List.of();
        }
        return options.values().stream().filter(o -> fold(o.searchable()).contains(typed))
                .sorted(Comparator.comparing((Option o) -> !startsAWord(fold(o.searchable()), typed)).thenComparing(Option::label))
                .limit(SUGGESTIONS).map(Option::code).toList();
    }

    private static boolean startsAWord(String text, String typed) {
        return text.startsWith(typed) || text.contains(" " + typed);
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static String label(Map<String, Option> options, String code) {
        Option option = code == null ? null : options.get(code);
        return option == null ? (code == null ? "" : code) : option.label();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
