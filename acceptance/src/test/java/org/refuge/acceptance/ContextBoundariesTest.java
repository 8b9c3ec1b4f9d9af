package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each context owns its tables (ADR 0008): SQL or JPQL in one context's main code never names a table or entity
 * another context owns, and no BPMN process or task id leaves the {@code bpmn} module. A context reads another
 * through its published read API or a view the other's migration publishes (a view's name is not a table's), and
 * never imports another context's {@code domain} or {@code infrastructure}: its entities and repositories stay its own.
 */
class ContextBoundariesTest {

    private static final Path EJB = Path.of("..", "ejb", "src", "main", "java", "org", "refuge");
    private static final Path WEB = Path.of("..", "web", "src", "main", "java", "org", "refuge");
    private static final Path BPMN = Path.of("..", "bpmn", "src", "main", "java", "org", "refuge");

    /** The tables (and JPA entities) each context owns, as patterns of names. */
    static final Map<String, String> OWNED = Map.of(
            "registration", "household|household_visible_need|household_aud|person|person_[a-z_]+|photo|duplicate_match(_aud)?"
                    + "|registry_counter|country|language|document_type|specific_need",
            "screening", "medical_screening|security_check|screening_person|medicalscreening|securitycheck|personscreening",
            "camps", "camp|camp_[a-z_]+|campstay|campstructure|transfer_manifest(_household)?|transfermanifest|private_accommodation",
            "protection", "protection_[a-z_]+|identity_document(_print)?|document_deadline_breach|protectionidentitydocument",
            "emergency", "influx_event|influxevent",
            "reporting", "reporting_[a-z_]+",
            "assistance", "assistance_[a-z_]+|registrationslip|assistanceitem|partner|stockentry|entitlement(version)?"
                    + "|distributionround|aidcollection");

    /** The views the contexts publish in their migrations: each is its provider's contract, read by other contexts. */
    static final Set<String> PUBLISHED_VIEWS = publishedViews();

    static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+([a-z_]+)\\b");

    static final Pattern BPMN_ID = Pattern.compile("\"(arrival|allocation|transfer|checkIn|medicalScreening|securityCheck|personScreening"
            + "|identityDocuments|massInfluxResponse|campSetUp|dailyPhotoPrint|photoPrint)\"");

    /** A reference to a context's entities or repositories, imported or written out in full. */
    static final Pattern LAYER = Pattern.compile("\\borg\\.refuge\\.([a-z]+)\\.(domain|infrastructure)\\b");

    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void sqlInOneContext_neverNamesAnotherContextsTable() {
        List<String> crossings = new ArrayList<>();
        OWNED.keySet().forEach(context -> {
            for (Path root : List.of(EJB, BPMN)) {
                for (Path file : javaFiles(root.resolve(context))) {
                    crossings.addAll(crossings(context, Path.of("..").relativize(file).toString(), code(file)));
                }
            }
        });
        assertThat(crossings).as("SQL that names another context's tables").isEmpty();
    }

    @Test
    void oneContext_neverImportsAnothersDomainOrInfrastructure() {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(EJB, WEB, BPMN)) {
            assertThat(root).isDirectory();
            OWNED.keySet().forEach(context -> {
                for (Path file : javaFiles(root.resolve(context))) {
                    found.addAll(foreignLayers(context, Path.of("..").relativize(file).toString(), code(file)));
                }
            });
        }
        assertThat(found).as("another context's domain or infrastructure used").isEmpty();
    }

    @Test
    void noBpmnProcessOrTaskId_outsideTheBpmnModule() {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(EJB, WEB)) {
            assertThat(root).isDirectory();
            for (Path file : javaFiles(root)) {
                Matcher id = BPMN_ID.matcher(code(file));
                while (id.find()) {
                    found.add(root.relativize(file) + ": " + id.group());
                }
            }
        }
        assertThat(found).as("BPMN ids in ejb and web").isEmpty();
    }

    @Test
    void theRules_findWhatTheyLookFor() {
        assertThat(crossings("camps", "x", "SELECT 1 FROM camp_stay s JOIN household h ON h.id = s.household_id")).hasSize(1);
        assertThat(crossings("camps", "x", "select h.id from Household h")).hasSize(1);
        assertThat(crossings("protection", "x", "JOIN security_check c")).hasSize(1);
        assertThat(crossings("camps", "x", "JOIN registration_accommodation_household h")).isEmpty();
        assertThat(crossings("registration", "x", "FROM household h JOIN person p")).isEmpty();
        assertThat(crossings("reporting", "x", "JOIN protection_report_household p")).isEmpty();
        assertThat(crossings("reporting", "x", "JOIN protection_status s")).hasSize(1);
        assertThat(PUBLISHED_VIEWS).contains("registry_member", "camps_household_placement", "protection_report_household");
        assertThat(BPMN_ID.matcher("openTasksOf(\"arrival\", \"checkIn\")").find()).isTrue();
        assertThat(COMMENT.matcher("a // moved from household\n").replaceAll("")).doesNotContain("household");
        assertThat(foreignLayers("protection", "x", "import org.refuge.emergency.domain.InfluxEvent;")).hasSize(1);
        assertThat(foreignLayers("screening", "x", "org.refuge.registration.infrastructure.HouseholdRepository repo;")).hasSize(1);
        assertThat(foreignLayers("protection", "x", "import org.refuge.protection.domain.Decree;")).isEmpty();
        assertThat(foreignLayers("protection", "x", "import org.refuge.emergency.application.InfluxEvents;")).isEmpty();
        assertThat(foreignLayers("camps", "x", "import org.refuge.shared.RegistryNumber;")).isEmpty();
    }

    private static List<String> foreignLayers(String context, String where, String code) {
        List<String> found = new ArrayList<>();
        Matcher layer = LAYER.matcher(code);
        while (layer.find()) {
            if (!layer.group(1).equals(context) && OWNED.containsKey(layer.group(1))) {
                found.add(where + " uses " + layer.group());
            }
        }
        return found;
    }

    private static List<String> crossings(String context, String where, String code) {
        List<String> crossings = new ArrayList<>();
        Matcher table = SQL_TABLE.matcher(code);
        while (table.find()) {
            String name = table.group(1).toLowerCase(Locale.ROOT);
            if (PUBLISHED_VIEWS.contains(name)) {
                continue;
            }
            OWNED.forEach((owner, tables) -> {
                if (!owner.equals(context) && name.matches(tables)) {
                    crossings.add(where + " names " + owner + "'s " + name);
                }
            });
        }
        return crossings;
    }

    private static Set<String> publishedViews() {
        Pattern view = Pattern.compile("(?i)CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW\\s+([a-z_]+)");
        Set<String> views = new java.util.TreeSet<>();
        try (var migrations = Files.list(Path.of("..", "db-migrations", "src", "main", "resources", "db", "migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher found = view.matcher(Files.readString(migration));
                while (found.find()) {
                    views.add(found.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(views);
    }

    /** The file without its comments: prose that says "moved from household" is not SQL. */
    private static String code(Path file) {
        try {
            return COMMENT.matcher(Files.readString(file)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
