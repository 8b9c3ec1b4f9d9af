package org.refuge.perf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies of the REST API for synthetic households and persons; fields without a value are left out. */
final class Payloads {

    private Payloads() {
    }

    /** {@code POST /api/v1/households}: head, composition by sex and age group, vehicle, visible needs. */
    static Map<String, Object> household(SyntheticHousehold h) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("headName", h.headName());
        put(body, "headNameLatin", h.headNameLatin());
        body.put("femaleChildren", h.count("F", 0));
        body.put("maleChildren", h.count("M", 0));
        body.put("femaleAdults", h.count("F", 1));
        body.put("maleAdults", h.count("M", 1));
        body.put("femaleElderly", h.count("F", 2));
        body.put("maleElderly", h.count("M", 2));
        put(body, "vehicleOrGroup", h.vehicleOrGroup());
        if (!h.visibleNeeds().isEmpty()) {
            body.put("visibleNeeds", h.visibleNeeds());
        }
        return body;
    }

    /** {@code POST /api/v1/households/{registryNumber}/members}: everything individual registration records. */
    static Map<String, Object> member(SyntheticPerson p) {
        Map<String, Object> body = draft(p);
        body.put("relationship", p.relationship());
        put(body, "patronymic", p.patronymic());
        put(body, "givenNameLatin", p.givenNameLatin());
        put(body, "familyNameLatin", p.familyNameLatin());
        put(body, "birthPlace", p.birthPlace());
        body.put("citizenships", p.citizenships());
        body.put("stateless", p.stateless());
        put(body, "maritalStatus", p.maritalStatus());
        body.put("languages", p.languages());
        put(body, "phone", p.phone());
        body.put("needs", p.needs());
        return body;
    }

    /** {@code POST .../duplicate-check}: what identifies a person, as typed so far. */
    static Map<String, Object> draft(SyntheticPerson p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", p.givenName());
        body.put("familyName", p.familyName());
        body.put("sex", p.sex());
        body.put("birthDate", p.birthDate().toString());
        body.put("birthPrecision", p.birthPrecision());
        body.put("citizenships", p.citizenships());
        put(body, "birthPlace", p.birthPlace());
        List<Map<String, Object>> documents = new ArrayList<>();
        for (SyntheticDocument d : p.documents()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("typeCode", d.typeCode());
            document.put("number", d.number());
            put(document, "issuingCountry", d.issuingCountry());
            put(document, "expiresOn", d.expiresOn() == null ? null : d.expiresOn().toString());
            documents.add(document);
        }
        body.put("documents", documents);
        return body;
    }

    private static void put(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
