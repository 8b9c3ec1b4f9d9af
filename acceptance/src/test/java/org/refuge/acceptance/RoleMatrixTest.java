package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role matrix cannot fall behind the API: every resource method of the web module (class {@code @Path} + method
 * {@code @Path} under the application path) has exactly one row in {@code role-matrix.csv}, and every row names a
 * resource method. No server: the compiled classes, as {@link ArchitectureTest} reads them.
 */
class RoleMatrixTest {

    private static Map<String, Method> endpoints;
    private static List<RoleMatrix.Row> rows;

    @BeforeAll
    static void scan() {
        endpoints = endpoints();
        rows = RoleMatrix.read();
    }

    /** "METHOD /api/v1/path/{param}" of every resource method of the compiled web module. */
    static Map<String, Method> endpoints() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.refuge");
        String root = classes.stream().filter(c -> c.isAnnotatedWith(ApplicationPath.class))
                .map(c -> c.getAnnotationOfType(ApplicationPath.class).value()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no @ApplicationPath class in org.refuge"));
        Map<String, Method> found = new LinkedHashMap<>();
        List<JavaClass> resources = classes.stream().filter(c -> c.isAnnotatedWith(Path.class)).toList();
        assertThat(resources).as("resource classes").isNotEmpty();
        for (JavaClass resource : resources) {
            Class<?> type = resource.reflect();
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                List<String> verbs = Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(java.util.Objects::nonNull)
                        .map(HttpMethod::value).toList();
                Path sub = method.getAnnotation(Path.class);
                if (verbs.isEmpty()) {
                    if (sub != null) {
                        throw new IllegalStateException(type.getName() + "." + method.getName()
                                + " is a sub-resource locator: the matrix cannot list its endpoints; give it an HTTP method");
                    }
                    continue;
                }
                String path = normalize(root + "/" + base + (sub == null ? "" : "/" + sub.value()));
                for (String verb : verbs) {
                    Method earlier = found.put(verb + " " + path, method);
                    if (earlier != null) {
                        throw new IllegalStateException("two resource methods answer " + verb + " " + path);
                    }
                }
            }
        }
        return found;
    }

    /** One slash between segments, none at the end, templates without their regular expressions. */
    static String normalize(String path) {
        String single = ("/" + path).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }

    @Test
    void everyResourceMethodHasARow_andEveryRowAResourceMethod() {
        Set<String> listed = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        rows.forEach(row -> {
            if (!listed.add(row.endpoint())) {
                twice.add(row.endpoint());
            }
        });
        Set<String> unlisted = new TreeSet<>(endpoints.keySet());
        unlisted.removeAll(listed);
        Set<String> withoutMethod = new TreeSet<>(listed);
        withoutMethod.removeAll(endpoints.keySet());
        System.out.printf("Role matrix: %d resource methods, %d rows%n", endpoints.size(), rows.size());
        assertThat(twice).as("rows listed twice in " + RoleMatrix.FILE).isEmpty();
        assertThat(unlisted).as("resource methods without a row in " + RoleMatrix.FILE + " (add one: method,path,site,one cell per role)").isEmpty();
        assertThat(withoutMethod).as("rows of " + RoleMatrix.FILE + " that no resource method answers").isEmpty();
    }

    /**
     * Where the table (the product decision) and the code's {@code @RolesAllowed} disagree, listed for the reviewer;
     * {@link RoleMatrixIT} fails on them against the running system. This test only proves the listing is complete:
     * every role of every {@code @RolesAllowed} is one of the table's columns.
     */
    @Test
    void rolesAllowed_useOnlyTheTablesRoles_andTheirDifferencesAreListed() {
        List<String> differences = new ArrayList<>();
        for (RoleMatrix.Row row : rows) {
            Method method = endpoints.get(row.endpoint());
            if (method == null) {
                continue;
            }
            RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                    : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
            Set<String> coded = roles == null ? Set.of() : Set.of(roles.value());
            assertThat(RoleMatrix.ROLES).as(row.endpoint() + " @RolesAllowed").containsAll(coded);
            row.access().forEach((role, access) -> {
                if (access.allowed() != coded.contains(role)) {
                    differences.add(row.endpoint() + ": " + role + " is " + access.name().toLowerCase(java.util.Locale.ROOT)
                            + " in the table, " + (coded.contains(role) ? "allowed" : "refused") + " by @RolesAllowed");
                }
            });
        }
        System.out.printf("Role matrix: %d cells where the table and @RolesAllowed disagree%n", differences.size());
        differences.forEach(d -> System.out.println("  " + d));
    }
}
