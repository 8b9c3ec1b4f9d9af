package org.refuge.platform.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every delegate a process names ({@code flowable:delegateExpression="${name}"} on a service task or a listener) is a
 * CDI bean of the {@code bpmn} module under that name, of the kind the step calls: the server's engine finds delegates
 * by their CDI name ({@link NamedBeans}), so a name in a BPMN file that no bean carries would fail only when the step
 * runs, days after a deployment. The beans are found as CDI's annotated discovery finds them: a bean-defining scope
 * and {@code @Named} (its value, or the class's simple name with a small first letter).
 */
class ProcessDelegatesTest {

    private static final String FLOWABLE = "http://flowable.org/bpmn";
    private static final Pattern BEAN = Pattern.compile("^[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}$");
    private static final List<Class<? extends Annotation>> SCOPES = List.of(Dependent.class, ApplicationScoped.class);

    /** A delegate named in a process: the file, the element that names it, and the name. */
    record DelegateName(String resource, String element, String name) {
        Class<?> kind() {
            return switch (element) {
                case "executionListener" -> ExecutionListener.class;
                case "taskListener" -> TaskListener.class;
                default -> JavaDelegate.class;
            };
        }
    }

    @Test
    void everyDelegateNamedInAProcess_isANamedBeanOfItsKind() throws IOException {
        List<DelegateName> named = new ArrayList<>();
        for (String resource : WorkflowEngine.PROCESS_RESOURCES) {
            try (InputStream xml = WorkflowEngine.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(xml).as(resource).isNotNull();
                named.addAll(delegates(resource, xml));
            }
        }
        assertThat(named).as("the processes name their delegates").extracting(DelegateName::name)
                .contains("breachRecorder", "photoPrintPlanner");
        assertThat(unresolved(named, beans())).isEmpty();
    }

    @Test
    void aNameNoBeanCarries_orABeanOfAnotherKind_isReported() {
        String process = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn">
                  <process id="p"><serviceTask id="a" flowable:delegateExpression="${nobodyByThatName}"/>
                    <serviceTask id="b" flowable:delegateExpression="${breachRecorder}"/>
                    <userTask id="c"><extensionElements>
                      <flowable:taskListener event="create" delegateExpression="${photoPrintPlanner}"/>
                    </extensionElements></userTask></process>
                </definitions>""";
        List<DelegateName> named = delegates("test.bpmn20.xml", new ByteArrayInputStream(process.getBytes(StandardCharsets.UTF_8)));
        assertThat(named).extracting(DelegateName::name).containsExactly("nobodyByThatName", "breachRecorder", "photoPrintPlanner");
        assertThat(unresolved(named, beans())).containsExactly(
                "test.bpmn20.xml: serviceTask names ${nobodyByThatName}, which no bean of the bpmn module carries",
                "test.bpmn20.xml: taskListener names ${photoPrintPlanner}, which is not a TaskListener");
    }

    /** The delegate expressions of a process file: on any element, in Flowable's namespace or (in its extension elements) none. */
    static List<DelegateName> delegates(String resource, InputStream xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList elements = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS("*", "*");
            List<DelegateName> named = new ArrayList<>();
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String expression = element.hasAttributeNS(FLOWABLE, "delegateExpression") ? element.getAttributeNS(FLOWABLE, "delegateExpression")
                        : element.getAttribute("delegateExpression");
                if (expression.isEmpty()) {
                    continue;
                }
                Matcher bean = BEAN.matcher(expression.strip());
                named.add(new DelegateName(resource, element.getLocalName(), bean.matches() ? bean.group(1) : expression));
            }
            return named;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(resource + " is not a readable process file", e);
        }
    }

    static List<String> unresolved(List<DelegateName> named, Map<String, Class<?>> beans) {
        List<String> unresolved = new ArrayList<>();
        for (DelegateName delegate : named) {
            Class<?> bean = beans.get(delegate.name());
            if (bean == null) {
                unresolved.add(delegate.resource() + ": " + delegate.element() + " names ${" + delegate.name()
                        + "}, which no bean of the bpmn module carries");
            } else if (!delegate.kind().isAssignableFrom(bean)) {
                unresolved.add(delegate.resource() + ": " + delegate.element() + " names ${" + delegate.name() + "}, which is not a "
                        + delegate.kind().getSimpleName());
            }
        }
        return unresolved;
    }

    /** The named CDI beans among the bpmn module's classes, by name. */
    static Map<String, Class<?>> beans() {
        Path classes;
        try {
            classes = Path.of(WorkflowEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Class<?>> beans = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, WorkflowEngine.class.getClassLoader());
                Named cdiName = type.getAnnotation(Named.class);
                if (cdiName != null && SCOPES.stream().anyMatch(type::isAnnotationPresent)) {
                    String simple = type.getSimpleName();
                    beans.put(cdiName.value().isEmpty() ? Character.toLowerCase(simple.charAt(0)) + simple.substring(1) : cdiName.value(), type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return beans;
    }
}
