package org.refuge.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard that counts, for the browser tests that drive a role's work with keys only (issue 12, item 1). Every key
 * goes to the element that has the focus, as a person's keyboard sends it: never a click, never a script, never a
 * {@code findElement(...).sendKeys} that would move the focus for free (keys are sent as keyboard actions; the data is
 * sent to the focused element itself, so that {@link Typed} records the names for the log search). Two counts are kept:
 * <ul>
 *     <li>the <b>data</b>: the characters of what is recorded (names, dates, numbers, the letters typed into a filter
 *     to find a country, a file's path given to a file chooser);</li>
 *     <li>the <b>extra keystrokes</b>: everything else (Tab, Shift+Tab, Enter, arrows, Space used as a toggle,
 *     Backspace, Escape, access-key chords, Ctrl+A...), each chord counted once, by name, for the breakdown.</li>
 * </ul>
 * The extra keystrokes are the cost of the screens; the data is the same on any screen.
 */
final class Keystrokes {

    /** Where {@link #record} writes its reports, one section per title. */
    static final Path REPORT = Path.of("target", "keystrokes.txt");

    private final WebDriver driver;
    private final Map<String, Integer> extra = new LinkedHashMap<>();
    private int data;

    Keystrokes(WebDriver driver) {
        this.driver = driver;
    }

    /** The element that has the focus now. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The id of the element that has the focus ("" when it has none). */
    String focusedId() {
        for (int attempt = 0; ; attempt++) {
            try {
                String id = focused().getDomAttribute("id");
                return id == null ? "" : id;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                // an AJAX update replaced the focused element between finding and reading it: look again
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** Types characters of the data into the focused element. */
    Keystrokes type(String text) {
        if (text.codePoints().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)) {
            throw new IllegalArgumentException("Special keys are pressed, not typed: use press() or chord()");
        }
        focused().sendKeys(text);
        data += text.codePointCount(0, text.length());
        return this;
    }

    /** Gives a file's path to the focused file input, as a file chooser would: the path counts as data. */
    Keystrokes choose(Path file) {
        WebElement input = focused();
        if (!"file".equals(input.getDomAttribute("type"))) {
            throw new AssertionError("The focus is not on a file input but on " + input.getDomAttribute("id"));
        }
        String path = file.toAbsolutePath().toString();
        input.sendKeys(path);
        data += path.length();
        // a person opens the chooser (Enter or Space on the input) and confirms the file (Enter): counted, not sent,
        // because a headless browser has no chooser to open
        count("Enter (file chooser)", 2);
        return this;
    }

    /** Presses a key once (Tab, Enter, an arrow, Space as a toggle, Backspace, Escape...). */
    Keystrokes press(Keys key) {
        return press(key, 1);
    }

    /** Presses a key {@code times} times. */
    Keystrokes press(Keys key, int times) {
        for (int i = 0; i < times; i++) {
            new Actions(driver).sendKeys(key).perform();
        }
        count(name(key), times);
        return this;
    }

    /** A chord: a modifier held with a key, such as Alt+S for an access key or Ctrl+A; counted once. */
    Keystrokes chord(Keys modifier, String key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        count(name(modifier) + "+" + key.toUpperCase(java.util.Locale.ROOT), 1);
        return this;
    }

    /** A chord of a modifier and a special key, such as Alt+Down that opens a drop-down; counted once. */
    Keystrokes chord(Keys modifier, Keys key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        count(name(modifier) + "+" + name(key), 1);
        return this;
    }

    /** Shift+Tab, counted once. */
    Keystrokes back() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        count("Shift+Tab", 1);
        return this;
    }

    private void count(String name, int times) {
        extra.merge(name, times, Integer::sum);
    }

    /** The keystrokes beyond the characters of the data. */
    /** Presses Tab until the focused element is the one wanted (at most {@code max} times). */
    Keystrokes tabUntil(java.util.function.Predicate<WebElement> wanted, int max) {
        for (int i = 0; i < max; i++) {
            press(Keys.TAB);
            if (wanted.test(focused())) {
                return this;
            }
        }
        throw new AssertionError(max + " Tabs did not reach it; the focus is on " + focused().getAttribute("outerHTML"));
    }

    /** Presses Shift+Tab until the focused element is the one wanted (at most {@code max} times). */
    Keystrokes shiftTabUntil(java.util.function.Predicate<WebElement> wanted, int max) {
        for (int i = 0; i < max; i++) {
            chord(Keys.SHIFT, Keys.TAB);
            if (wanted.test(focused())) {
                return this;
            }
        }
        throw new AssertionError(max + " Shift+Tabs did not reach it; the focus is on " + focused().getAttribute("outerHTML"));
    }

    /** In a drop-down's open list: Down until the item is highlighted, then Enter. */
    Keystrokes pickInOpenList(String menuId, String label) {
        org.openqa.selenium.By highlighted = org.openqa.selenium.By.cssSelector("[id='" + menuId + "_items'] li.ui-state-highlight");
        for (int i = 0; i < 30; i++) {
            java.util.List<WebElement> item = driver.findElements(highlighted);
            if (!item.isEmpty() && label.equals(item.get(0).getDomAttribute("data-label"))) {
                press(Keys.ENTER);
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(org.openqa.selenium.By.id(menuId + "_label"), label));
                return this;
            }
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError("No " + label + " in " + menuId);
    }

    int extra() {
        return extra.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The characters of the data. */
    int data() {
        return data;
    }

    /** The extra keystrokes by key, in the order they were first pressed. */
    Map<String, Integer> breakdown() {
        return Map.copyOf(extra);
    }

    /** The report: totals and the breakdown, one key a line. */
    String report(String title) {
        StringBuilder text = new StringBuilder("## ").append(title).append('\n')
                .append("extra keystrokes: ").append(extra()).append('\n')
                .append("data characters: ").append(data).append('\n');
        extra.forEach((key, times) -> text.append("  ").append(key).append(": ").append(times).append('\n'));
        return text.toString();
    }

    /**
     * Prints the report and writes it to {@link #REPORT}, in place of an earlier section of the same title (the other
     * sections stay: each role's test adds its own).
     */
    void record(String title) {
        String report = report(title);
        System.out.println(report);
        try {
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            String before = Files.exists(REPORT) ? Files.readString(REPORT) : "";
            String others = Pattern.compile("(?ms)^## " + Pattern.quote(title) + "\\n.*?(?=^## |\\z)").matcher(before).replaceAll("");
            Files.writeString(REPORT, others + report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Keys key) {
        return switch (key) {
            case TAB -> "Tab";
            case ENTER, RETURN -> "Enter";
            case SPACE -> "Space";
            case ARROW_DOWN, DOWN -> "ArrowDown";
            case ARROW_UP, UP -> "ArrowUp";
            case ARROW_LEFT, LEFT -> "ArrowLeft";
            case ARROW_RIGHT, RIGHT -> "ArrowRight";
            case BACK_SPACE -> "Backspace";
            case ESCAPE -> "Escape";
            case ALT -> "Alt";
            case CONTROL -> "Ctrl";
            case SHIFT -> "Shift";
            default -> key.name();
        };
    }
}
