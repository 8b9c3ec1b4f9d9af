package org.refuge.acceptance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    @Test
    void everyRestResourceStatesItsRoles() {
        classes().that().areAnnotatedWith("jakarta.ws.rs.Path").should().beAnnotatedWith("jakarta.annotation.security.RolesAllowed")
                .check(refuge);
    }

    @Test
    void everyPublicServiceMethodStatesItsRoles() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith("jakarta.ejb.Stateless")
                .and().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("org.refuge.acceptance..")
                .should(new ArchCondition<JavaMethod>("state roles on the method or its class") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean stated = method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                                || method.getOwner().isAnnotatedWith(RolesAllowed.class) || method.getOwner().isAnnotatedWith(PermitAll.class);
                        if (!stated) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " states no roles"));
                        }
                    }
                })
                .check(refuge);
    }

    /**
     * Data protection by construction: a read-model field whose name says it may carry needs, health, a security
     * result, a reason or free text is put in a data-protection class ({@code @Classified}) or named here with why it
     * is not sensitive. A new such field fails this rule until someone decides.
     */
    @Test
    void readModels_classifyEveryFieldThatCanRevealHealthViolenceOrSecurity() {
        java.util.regex.Pattern suspicious = java.util.regex.Pattern.compile(
                "(?i).*(need|medical|condition|triage|pregnan|hospital|security|hit|note|justification|reason|ground|circumstance).*");
        java.util.Set<String> notSensitive = java.util.Set.of(
                // refusal reasons, duplicate-match reasons (similar name, same document), document reprint reasons
                "DuplicateView.reasons", "CandidateView.reasons", "OpenException.reason", "Breach.closedReason", "HouseholdView.voidReason", "HouseholdVoided.reason",
                // the outcome and accommodation needs every household reader may know (PRODUCT.md), and the check's state
                "Summary.medicalOutcome", "Summary.accommodationNeeds", "Summary.security",
                "PersonSummary.medicalOutcome", "PersonSummary.accommodationNeeds", "PersonSummary.security",
                "MedicalDetail.accommodationNeeds", "MedicalDetail.isolationNeeded",
                // legal grounds of protection decisions, reference data flags
                "SpecificNeed.sensitive", "Waiting.needsAccessible", "Proposal.needsAccessible",
                // an entitlement rule's eligibility (a category the rule is for), not anyone's record
                "VersionRow.needCategory",
                // a follow-up case's needs per person: each person's codes are classified (PersonNeeds.codes)
                "CaseView.needs",
                // why a paying agency could not transfer an amount (account closed, wrong IBAN), about the transfer
                "LineView.failureReason", "Mark.reason");
        java.util.List<String> unclassified = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass type : refuge) {
            Class<?> record;
            try {
                record = Class.forName(type.getName(), false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            // what services return (application packages); request payloads and internal types are not read models
            if (!record.isRecord() || !record.getName().contains(".application.")) {
                continue;
            }
            for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
                String name = record.getSimpleName() + "." + component.getName();
                if (suspicious.matcher(component.getName()).matches()
                        && !component.isAnnotationPresent(org.refuge.platform.security.Classified.class)
                        && !notSensitive.contains(name)) {
                    unclassified.add(record.getName() + "." + component.getName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(unclassified).as("read-model fields to classify").isEmpty();
    }

    /**
     * The exceptions main code may declare besides {@code platform.refusal.Refusal} (STYLE.md: one refusal type with a
     * kind and a message key serves all). Each entry says why it is still here; the list only shrinks.
     */
    private static final java.util.Set<String> EXCEPTIONS_BESIDES_REFUSAL = java.util.Set.of(
            // not a refusal: the request is fine, the server is busy (503 with Retry-After, PortraitBusyMapper)
            "org.refuge.registration.domain.PortraitBusyException");

    @Test
    void aRefusalIsARefusal_notANewExceptionClass() {
        classes().that().areAssignableTo(RuntimeException.class)
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("not on the list of exceptions besides Refusal",
                        c -> !EXCEPTIONS_BESIDES_REFUSAL.contains(c.getName())))
                .should().haveFullyQualifiedName("org.refuge.platform.refusal.Refusal")
                .because("a service says no with platform.refusal.Refusal (a kind, a message key, a field), which one "
                        + "ProblemMapper branch and one Faces exception handler answer for every context")
                .check(refuge);
    }

    @Test
    void problemMapper_answersRefusalsInOneBranch_andKnowsNoContext() {
        var contextOrRefusalSubclass = com.tngtech.archunit.base.DescribedPredicate.describe(
                "a class of a context, or a subclass of Refusal",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                        c.getPackageName().matches("org\\.refuge\\.(registration|screening|emergency|camps|protection)(\\..*)?")
                        || c.isAssignableTo("org.refuge.platform.refusal.Refusal")
                        && !c.getName().equals("org.refuge.platform.refusal.Refusal"));
        noClasses().that().haveFullyQualifiedName("org.refuge.platform.rest.ProblemMapper")
                .should().dependOnClassesThat(contextOrRefusalSubclass)
                .check(refuge);
    }
}
