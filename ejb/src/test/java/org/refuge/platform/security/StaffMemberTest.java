package org.refuge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.refuge.shared.SiteCode;

/** Who may be given a task: the inboxes' rule of roles and sites. */
class StaffMemberTest {

    private static StaffMember member(List<String> roles, String... sites) {
        return new StaffMember("someone", roles, Set.of(sites), Instant.EPOCH);
    }

    @Test
    void aSiteBoundRole_worksOnTasksOfItsOwnSitesOnly() {
        StaffMember police = member(List.of(Roles.POLICE), "BCP-MARGARA");
        assertThat(police.rolesFor(List.of(Roles.POLICE), new SiteCode("BCP-MARGARA"))).containsExactly(Roles.POLICE);
        assertThat(police.rolesFor(List.of(Roles.POLICE), new SiteCode("BCP-BAGRATASHEN"))).isEmpty();
        assertThat(police.holdsAny(List.of(Roles.POLICE))).isTrue();
    }

    @Test
    void aSiteBoundRole_worksOnTasksOfNoSite_asItsInboxShowsThemEverywhere() {
        assertThat(member(List.of(Roles.MEDICAL), "BCP-MARGARA").rolesFor(List.of(Roles.MEDICAL), null)).containsExactly(Roles.MEDICAL);
    }

    @Test
    void aRoleThatSeesEverySite_worksOnTasksOfAnySite() {
        assertThat(member(List.of(Roles.CASEWORKER)).rolesFor(List.of(Roles.CASEWORKER), new SiteCode("BCP-MARGARA"))).containsExactly(Roles.CASEWORKER);
    }

    @Test
    void aRoleTheTaskIsNotOfferedTo_countsForNothing() {
        StaffMember medical = member(List.of(Roles.MEDICAL), "BCP-MARGARA");
        assertThat(medical.rolesFor(List.of(Roles.POLICE), new SiteCode("BCP-MARGARA"))).isEmpty();
        assertThat(medical.holdsAny(List.of(Roles.POLICE))).isFalse();
    }

    @Test
    void ofTwoRoles_onlyTheOneOfferedAtThatSiteCounts() {
        // a caseworker who is also a police officer at Margara works on a police task at Bagratashen as neither
        StaffMember both = member(List.of(Roles.CASEWORKER, Roles.POLICE), "BCP-MARGARA");
        assertThat(both.rolesFor(List.of(Roles.POLICE), new SiteCode("BCP-BAGRATASHEN"))).isEmpty();
        assertThat(both.rolesFor(List.of(Roles.POLICE, Roles.CASEWORKER), new SiteCode("BCP-BAGRATASHEN"))).containsExactly(Roles.CASEWORKER);
    }

    @Test
    void aSiteClaimThatIsNoSiteCode_isLeftOutOfTheDirectory() {
        assertThat(StaffDirectory.siteCodes(List.of("BCP-MARGARA", "x,y", "{CAMP}", "CAMP-ARARAT-1"))).containsExactly("BCP-MARGARA",
                "CAMP-ARARAT-1");
    }
}
