package org.refuge.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (nothing is downloaded), a fresh profile per
 * instance so no Keycloak session leaks from one user to the next.
 */
public final class Browser implements AutoCloseable {

    private final Path profile;
    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        this("en-US");
    }

    /**
     * A browser whose user speaks {@code language} (a BCP 47 tag such as {@code hy}): Chromium's interface and the
     * Accept-Language it sends, which the application and Keycloak's sign-in page both follow.
     */
    public Browser(String language) {
        this(language, java.util.List.of());
    }

    /**
     * An English-speaking browser started with further Chromium arguments, for example a fake camera that plays a
     * video file: {@code --use-fake-ui-for-media-stream}, {@code --use-fake-device-for-media-stream},
     * {@code --use-file-for-fake-video-capture=<file>.y4m}.
     */
    public static Browser withArguments(String... chromiumArguments) {
        return new Browser("en-US", java.util.List.of(chromiumArguments));
    }

    private Browser(String language, java.util.List<String> extraArguments) {
        try {
            profile = Files.createTempDirectory("refuge-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("refuge.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(extraArguments);
        // files the application sends as attachments (PDFs too) land in the profile's downloads folder
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", profile.resolve("downloads").toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true,
                "intl.accept_languages", language));
        // the console is read by tests that look for Content Security Policy violations
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new org.openqa.selenium.support.events.EventFiringDecorator<WebDriver>(new TypedFields())
                .decorate(new ChromeDriver(service, options));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // an AJAX update may replace an element between finding it and reading it: look again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Signs in on the Keycloak login page the application redirected to. */
    public void signIn(String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Keycloak.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-sign-in-" + username + "-" + System.currentTimeMillis());
            throw e;
        }
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label, as a person does (open, click), and waits until
     * the menu shows it; the panel's opening animation can swallow a first click, so it tries again.
     */
    public void choose(String menuId, String label) {
        By menu = By.id(menuId);
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        if (label.equals(driver.findElement(shown).getText())) {
            return;   // chosen already (the form proposes it): nothing to do, as for a person
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                    driver.findElement(menu).click();
                }
                // the panel grows from zero height: wait until the item has its full size
                wait.until(d -> {
                    var option = d.findElement(item);
                    return option.isDisplayed() && option.getSize().getHeight() > 10 ? option : null;
                }).click();
                // the choice may start an AJAX update, slow on a loaded machine: give it time before clicking again
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(shown, label));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.StaleElementReferenceException notYet) {
                // the click landed during the panel's animation: try again
            }
        }
        throw new AssertionError("Could not choose " + label + " in " + menuId + " after 5 attempts");
    }

    /** Waits for a finished download whose name ends with {@code suffix} that was not there before, and reads it. */
    public byte[] download(String suffix, java.util.Set<String> before) {
        Path downloads = profile.resolve("downloads");
        Path file = wait.until(d -> {
            try (var files = Files.list(downloads)) {
                var names = files.toList();
                if (names.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;   // still being written
                }
                // Chromium reserves the final name with an empty file before it renames the finished download onto it
                return names.stream().filter(f -> f.getFileName().toString().endsWith(suffix) && !before.contains(f.getFileName().toString()))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                return null;   // not created yet
            }
        });
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the files downloaded so far. */
    public java.util.Set<String> downloaded() {
        try (var files = Files.list(profile.resolve("downloads"))) {
            return files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            return java.util.Set.of();
        }
    }

    /** A screenshot and the page's HTML of a failed step, to see what the browser saw. */
    public void evidence(String name) {
        screenshot("failed-" + name);
        try {
            Path dir = Path.of(System.getProperty("refuge.test.screenshots", "target/screenshots"));
            Files.writeString(dir.resolve("failed-" + name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // evidence is best effort
        }
    }

    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("refuge.test.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    /** Records what a test types into a field for a name, phone or document number (see {@link Typed}). */
    private static final class TypedFields implements org.openqa.selenium.support.events.WebDriverListener {
        private static final java.util.regex.Pattern PERSONAL = java.util.regex.Pattern.compile(
                "(?i).*(head|given|family|patronymic|latin|phone|handed|driver|host|document-number).*");

        @Override
        public void beforeSendKeys(org.openqa.selenium.WebElement element, CharSequence... keys) {
            StringBuilder text = new StringBuilder();
            for (CharSequence key : keys) {
                // Selenium's special keys and chords (ENTER, CONTROL+A…) are private-use characters: not typed text
                if (key != null && key.codePoints().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF)) {
                    text.append(key);
                }
            }
            if (text.length() >= Typed.MIN_LENGTH) {
                String id = element.getDomAttribute("id");
                if (id != null && PERSONAL.matcher(id).matches()) {
                    Typed.value(text.toString());
                }
            }
        }
    }
}
