package org.refuge.registration.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.refuge.registration.domain.matching.MatchModel;

/**
 * The duplicate check's scoring model in use: the one shipped with Refuge, or the properties file named by
 * {@code REFUGE_DUPLICATE_MODEL} (or the system property {@code refuge.duplicate.model}), for instance weights estimated
 * from the registry or other thresholds. Read once, when the application starts: a file that cannot be read or is not a
 * whole model stops the deployment with the reason, rather than the first registration.
 */
@ApplicationScoped
public class DuplicateModel {

    private MatchModel model;

    void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
        model();
    }

    public synchronized MatchModel model() {
        if (model == null) {
            model = read(configured());
        }
        return model;
    }

    /** Where the model was read from: a file's path, or "default". */
    public String source() {
        String path = configured();
        return path == null ? "default" : path;
    }

    private static String configured() {
        String path = System.getProperty("refuge.duplicate.model", System.getenv("REFUGE_DUPLICATE_MODEL"));
        return path == null || path.isBlank() ? null : path.strip();
    }

    static MatchModel read(String path) {
        if (path == null) {
            return MatchModel.defaults();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("REFUGE_DUPLICATE_MODEL: the file " + path + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return MatchModel.of(properties);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("REFUGE_DUPLICATE_MODEL: " + path + " is not a duplicate-check model: " + e.getMessage(), e);
        }
    }
}
