package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * What the assistance pages show in the page walks (AccessibilityBrowserIT, TranslationBrowserIT): a round with a
 * one-off cash rule at a camp of its own with a checked-in household, and its payment list made for an agency (the
 * supervisor's payment page); an unaccompanied child registered at the demo BCP, with its follow-up case and its
 * best-interests task (the social worker's children, best-interests and tracing pages); a household with specific needs
 * allocated to the demo camp, whose follow-up case the camp's social worker reads.
 *
 * @param round          the cash round's id
 * @param childHousehold the child's registry number
 * @param child          the child's person id
 * @param needsHousehold a household with specific needs allocated to the demo camp, whose follow-up case is there
 */
record AssistanceScene(String round, String childHousehold, String child, String needsHousehold) {

    static AssistanceScene make() {
        String camp = Api.newCamp(1, 10);
        DistributionRoundsApiIT.checkedIn(camp, Api.screenedHousehold(1, 1, false));
        String cash = DistributionRoundsApiIT.rule(DistributionRoundsApiIT.code("CASH"), "\"itemCode\":\"CASH-ONE-OFF\",\"per\":\"PERSON\","
                + "\"quantity\":100000,\"period\":\"ONCE\",\"stage\":\"IN_CAMP\",\"siteCode\":\"" + camp + "\",\"partnerCode\":\"MLSA\","
                + "\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
        String round = json(expect(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\""
                + cash + "\"]}"), 201)).get("id").asText();
        expect(Api.post("supervisor", "assistance/payment-lists", "{\"roundId\":\"" + round + "\",\"agency\":\"Test Bank\"}"), 201);

        Names names = Names.random();
        String household = Api.preRegister("registrar", names.givenLatin() + " " + names.familyLatin(), 0, 0, 1, 0);
        String child = json(expect(Api.post("registrar", "households/" + household + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                + names.givenLatin() + "\",\"familyName\":\"" + names.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\""
                + LocalDate.now().minusYears(9) + "\",\"birthPrecision\":\"EXACT\",\"needs\":[\"SC-UC\"]}"), 201))
                .get("person").get("id").asText();
        Api.task("social-worker", household, "assistance/best-interests");
        String needs = FollowUpApiIT.household("\"DS-PM\"", "\"SM-MI\"");
        FollowUpApiIT.placedInTheCamp(needs);
        return new AssistanceScene(round, household, child, needs);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }
}
