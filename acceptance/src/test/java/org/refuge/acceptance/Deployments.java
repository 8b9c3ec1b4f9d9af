package org.refuge.acceptance;

import java.io.File;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The archives tests deploy: always the real EAR built by the {@code ear} module, so tests see what users get.
 * In-container tests add their classes to its web module.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The EAR exactly as {@code ./refuge run} deploys it. */
    public static EnterpriseArchive realEar() {
        File ear = new File(System.getProperty("refuge.ear", "../ear/target/refuge.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn install): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The real EAR whose web module also holds these test classes (Arquillian runs them there). Its web.xml gains
     * one login-free constraint for Arquillian's test runner servlet; everything else stays as users get it.
     */
    public static EnterpriseArchive realEarWith(Class<?>... testClasses) {
        EnterpriseArchive ear = realEar();
        WebArchive web;
        try (var in = ear.get("web.war").getAsset().openStream()) {
            web = ShrinkWrap.create(ZipImporter.class, "web.war").importFrom(in).as(WebArchive.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String webXml = new String(readAll(web, "WEB-INF/web.xml"), StandardCharsets.UTF_8);
        web.delete("WEB-INF/web.xml");
        web.setWebXML(new StringAsset(webXml.replace("<login-config>",
                "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                        + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection></security-constraint>"
                        + "<login-config>")));
        web.addClasses(testClasses)
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
        ear.delete("web.war");
        ear.addAsModule(web);
        return ear;
    }

    private static byte[] readAll(org.jboss.shrinkwrap.api.Archive<?> archive, String path) {
        try (var in = archive.get(path).getAsset().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
