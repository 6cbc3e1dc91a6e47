package org.passerelle.browser;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core on the page a browser shows, against WCAG 2.0, 2.1 and 2.2 levels A and AA, axe's
 * best practices, and the experimental rule that checks a control's accessible name contains its visible
 * label (WCAG 2.5.3). The axe-core that runs is the one in {@code src/test/resources/axe-core/} (newer
 * than the one the Java binding bundles), and nothing on the page is excluded.
 *
 * <p>Each audit adds one line to {@code target/axe-report.txt} (screen, rules passed, violations,
 * incomplete), so a run leaves a summary of every screen it looked at; the file is appended to, with a line
 * where each run starts and a closing line with the run's totals.
 */
public final class AccessibilityAudit {

    /** The axe-core rule tags audited: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /**
     * Rules axe marks experimental (off by default) that the audit runs all the same:
     * {@code label-content-name-mismatch} (WCAG 2.5.3 A) catches a button announced as something other than
     * what it shows, as the language button once was.
     */
    public static final List<String> EXPERIMENTAL_RULES = List.of("label-content-name-mismatch");

    /** The axe-core version in {@code src/test/resources/axe-core/axe.min.js}. */
    public static final String AXE_VERSION = "4.14.1";

    private static final String AXE_SCRIPT = readAxe();

    private static final Report REPORT = new Report(BuildOutput.directory().resolve("axe-report.txt"));

    private AccessibilityAudit() {
    }

    // Tags choose the rules; a rule named in "rules" runs whatever its tags (axe: options.rules overrides runOnly tags).
    private static AxeRunOptions options() {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        // Every element only for the violations: passed and undecided rules are still all listed (the report counts
        // them), each with one element, so axe does less and far less comes back through the driver.
        options.setResultTypes(List.of("violations"));
        Map<String, AxeRuleOptions> rules = new LinkedHashMap<>();
        for (String rule : EXPERIMENTAL_RULES) {
            AxeRuleOptions enabled = new AxeRuleOptions();
            enabled.setEnabled(true);
            rules.put(rule, enabled);
        }
        options.setRules(rules);
        return options;
    }

    private static String readAxe() {
        try (InputStream in = AccessibilityAudit.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is missing from the test classpath (src/test/resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Audits the page and records it in the report, without judging it. */
    public static Result run(WebDriver driver, String screen) {
        Result result = analyze(driver, screen);
        REPORT.add(result);
        return result;
    }

    /** Audits the page, leaving the report alone. */
    static Result analyze(WebDriver driver, String screen) {
        settled(driver, screen);
        Results results = new AxeBuilder().setAxeScriptProvider(new StringAxeScriptProvider(AXE_SCRIPT))
                .withOptions(options()).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not audit " + screen + ": " + results.getErrorMessage(), results.getError());
        }
        String version = results.getTestEngine() == null ? null : results.getTestEngine().getVersion();
        if (!AXE_VERSION.equals(version)) {
            throw new AssertionError("axe-core " + version + " audited " + screen + " instead of " + AXE_VERSION);
        }
        return new Result(screen, size(results.getPasses()),
                listOf(results.getViolations()).stream().map(AccessibilityAudit::violation).toList(),
                listOf(results.getIncomplete()).stream().map(Rule::getId).toList());
    }

    /**
     * Waits until no finite animation runs (a notification fading in, a dialog opening): axe measures the colours
     * drawn now, and text half faded in has less contrast than the text shown (4.24 for 4.58, once, on an error
     * notification). Animations that never end (a spinner) are not waited for.
     */
    private static void settled(WebDriver driver, String screen) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("""
                            return document.getAnimations().every(a => a.playState !== 'running'
                                || !a.effect || a.effect.getComputedTiming().endTime === Infinity);""")));
        } catch (TimeoutException e) {
            throw new AssertionError("animations still running on " + screen + " after 20 s", e);
        }
    }

    /** Audits the page, records it in the report, and fails with the list of violations if there is any. */
    public static Result assertNoViolations(WebDriver driver, String screen) {
        Result result = run(driver, screen);
        if (!result.violations().isEmpty()) {
            throw new AssertionError(result.describeViolations());
        }
        return result;
    }

    /**
     * One audited screen: how many rules passed, which failed, and which axe could not decide (they need a
     * person's eye, e.g. contrast over an image or a pseudo-element).
     */
    public record Result(String screen, int passes, List<Violation> violations, List<String> incomplete) {

        /** A readable list: rule, impact, help, and for each element its selector, HTML and what is wrong. */
        public String describeViolations() {
            StringBuilder text = new StringBuilder("Accessibility audit of \"" + screen + "\" (axe " + AXE_VERSION + ": "
                    + String.join(", ", TAGS) + " and " + String.join(", ", EXPERIMENTAL_RULES)
                    + "): " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
            int number = 1;
            for (Violation v : violations) {
                text.append("\n").append(number++).append(". ").append(v.rule()).append(" [").append(v.impact()).append("] ")
                        .append(v.help()).append("\n   ").append(v.helpUrl());
                for (Element e : v.elements()) {
                    text.append("\n   - target: ").append(e.target())
                            .append("\n     html:   ").append(e.html())
                            .append("\n     ").append(e.failure().replace("\n", "\n       "));
                }
            }
            return text.toString();
        }

        String summaryLine() {
            return screen + "\tpasses=" + passes + "\tviolations=" + counted(violations.stream().map(Violation::rule).toList())
                    + "\tincomplete=" + counted(incomplete);
        }

        private static String counted(List<String> rules) {
            return rules.size() + (rules.isEmpty() ? "" : " " + rules);
        }
    }

    /** A rule the page breaks, with the elements that break it. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<Element> elements) {
    }

    /**
     * An element that breaks a rule.
     *
     * @param target the CSS selector axe gives; {@code >>>} steps into a shadow root
     * @param failure axe's summary of what to fix, e.g. the contrast ratio found and the one expected
     */
    public record Element(String target, String html, String failure) {
    }

    private static Violation violation(Rule rule) {
        return new Violation(rule.getId(), Objects.requireNonNullElse(rule.getImpact(), "?"), rule.getHelp(), rule.getHelpUrl(),
                listOf(rule.getNodes()).stream().map(AccessibilityAudit::element).toList());
    }

    private static Element element(CheckedNode node) {
        return new Element(selector(node.getTarget()), oneLine(node.getHtml()), Objects.requireNonNullElse(node.getFailureSummary(), ""));
    }

    // axe gives a target as a list of selectors, one per shadow root on the way, or a list of such lists
    // for elements inside frames.
    private static String selector(@Nullable Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(AccessibilityAudit::selector).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    // The snippet is there to recognise the element; for <html> or a container it would be the whole page.
    private static String oneLine(@Nullable String html) {
        String line = html == null ? "" : html.replaceAll("\\s+", " ").strip();
        return line.length() <= 240 ? line : line.substring(0, 240) + "…";
    }

    private static <T> List<T> listOf(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static int size(@Nullable List<?> list) {
        return listOf(list).size();
    }

    /** target/axe-report.txt: a start line the first time this JVM audits, a line per screen, totals at exit. */
    private static final class Report {

        private final Path file;
        private int screens;
        private int screensWithViolations;
        private int violations;

        Report(Path file) {
            this.file = file;
        }

        synchronized void add(Result result) {
            if (screens == 0) {
                append("# run started " + now());
                Runtime.getRuntime().addShutdownHook(new Thread(this::close, "axe-report"));
            }
            screens++;
            screensWithViolations += result.violations().isEmpty() ? 0 : 1;
            violations += result.violations().size();
            append(now() + "\t" + result.summaryLine());
        }

        private synchronized void close() {
            append("# run ended " + now() + ": " + screens + " screens audited, " + screensWithViolations
                    + " with violations, " + violations + " violations in all");
        }

        private void append(String line) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file, e);
            }
        }

        private static Instant now() {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
    }
}
