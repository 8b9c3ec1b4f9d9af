package org.refuge.acceptance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of STYLE.md over the compiled modules (ejb, bpmn, web). */
class ArchitectureTest {

    private static JavaClasses refuge;

    @BeforeAll
    static void importClasses() {
        refuge = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.refuge");
    }

    private static JavaClasses ejbModule() {
        return refuge.that(com.tngtech.archunit.base.DescribedPredicate.describe("in ejb.jar",
                c -> c.getSource().map(s -> s.getUri().toString().contains("refuge-ejb")).orElse(false)));
    }

    @Test
    void ejb_importsNeitherFlowableNorJsfNorJaxRs() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.flowable..", "jakarta.faces..",
                "jakarta.ws.rs..", "org.primefaces..", "org.wildfly.security..")
                .check(ejbModule());
    }

    @Test
    void ejb_neverUsesTheWorkflowOrWebModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("..workflow.engine..", "..web..", "..rest..")
                .check(ejbModule());
    }

    @Test
    void domain_knowsNoServicesOrInfrastructure() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..",
                        "..rest..", "..workflow..", "jakarta.ejb..", "jakarta.inject..")
                .check(refuge);
    }

    @Test
    void onlyWebAndRestUseJsfOrJaxRs() {
        noClasses().that().resideOutsideOfPackages("..web..", "..rest..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
                .check(refuge);
    }

    @Test
    void webBeansDoNotTouchTheEntityManager() {
        noClasses().that().resideInAnyPackage("..web..", "..rest..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(refuge);
    }

    @Test
    void workflowAdaptersLiveInTheBpmnModule() {
        noClasses().that().resideOutsideOfPackages("..workflow.engine..", "..workflow")
                .and().resideOutsideOfPackage("org.refuge.acceptance..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(refuge);
    }
}
