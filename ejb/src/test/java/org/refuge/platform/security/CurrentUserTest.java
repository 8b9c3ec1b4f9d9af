package org.refuge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.refuge.shared.SiteCode;
import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;

class CurrentUserTest {

    @Test
    void establish_keepsOnlyRefugeRolesInCanonicalOrder() {
        CurrentUser user = new CurrentUser();
        user.establish("u", "U", List.of("offline_access", "police", "registrar"), List.of("BCP-B", "BCP-A"));
        assertThat(user.roles()).containsExactly("registrar", "police");
        assertThat(user.sites()).containsExactly("BCP-A", "BCP-B");
    }

    @Test
    void requireSite_refusesAnotherSiteToASiteBoundRole() {
        CurrentUser user = new CurrentUser();
        user.establish("registrar", null, List.of("registrar"), List.of("BCP-MARGARA"));
        user.requireSite(new SiteCode("BCP-MARGARA"));
        assertThatThrownBy(() -> user.requireSite(new SiteCode("BCP-BAGRATASHEN")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)).isTrue());
        assertThat(user.displayName()).isEqualTo("registrar");
    }

    @Test
    void requireSite_letsAllSiteRolesEverywhere() {
        CurrentUser user = new CurrentUser();
        user.establish("s", "S", List.of("supervisor"), List.of());
        assertThat(user.seesAllSites()).isTrue();
        user.requireSite(new SiteCode("CAMP-ANY"));
    }

    @Test
    void seesAllSites_onlyInTheRolesTheOperationAdmits() {
        CurrentUser user = new CurrentUser();
        user.establish("cp", "CP", List.of("caseworker", "police"), List.of("BCP-MARGARA"));
        assertThat(user.seesAllSites()).isTrue();
        user.enterOperation(java.util.Set.of("police"));
        assertThat(user.actingRoles()).containsExactly("police");
        assertThat(user.seesAllSites()).isFalse();
        assertThatThrownBy(() -> user.requireSite(new SiteCode("BCP-BAGRATASHEN")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)).isTrue());
        user.requireSite(new SiteCode("BCP-MARGARA"));
        user.leaveOperation();
        assertThat(user.seesAllSites()).isTrue();
        user.requireSite(new SiteCode("BCP-BAGRATASHEN"));
    }

    @Test
    void seesAllSites_anInnerOperationNeverWidensTheOuterOne() {
        CurrentUser user = new CurrentUser();
        user.establish("cp", "CP", List.of("caseworker", "police"), List.of("BCP-MARGARA"));
        user.enterOperation(java.util.Set.of("police"));
        user.enterOperation(java.util.Set.of("police", "caseworker", "supervisor"));
        assertThat(user.actingRoles()).containsExactly("police");
        assertThat(user.seesAllSites()).isFalse();
        assertThat(user.seesAllSitesAs(List.of("caseworker"))).isFalse();
    }

    @Test
    void admitted_readsTheMethodsRolesElseTheClasss() throws Exception {
        assertThat(OperationRoles.admitted(PoliceOnly.class.getMethod("produce"))).contains(java.util.Set.of("police"));
        assertThat(OperationRoles.admitted(PoliceOnly.class.getMethod("read"))).contains(java.util.Set.of("police", "caseworker"));
        assertThat(OperationRoles.admitted(Object.class.getMethod("toString"))).isEmpty();
    }

    @jakarta.annotation.security.RolesAllowed({"police", "caseworker"})
    public static class PoliceOnly {
        @jakarta.annotation.security.RolesAllowed("police")
        public void produce() {
        }

        public void read() {
        }
    }
}
