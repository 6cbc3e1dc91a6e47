package org.passerelle.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.devtools.CdpVersionFinder;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium window on the application under test. Methods that act on the page wait for
 * Vaadin's round-trip to the server to end, so the next line sees the server's answer.
 *
 * <p>Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (override with the system
 * properties {@code passerelle.chromium} and {@code webdriver.chrome.driver}). The driver is given
 * explicitly, so Selenium Manager never runs and nothing is downloaded.
 *
 * <p>Starting Chromium takes about two seconds on a busy machine, and the browser tests open some thirty windows:
 * a closed browser is kept for the next test instead of stopped, once it has forgotten everything (see
 * {@link #close()}), so the next test still starts as a stranger to the server, with a new Vaadin session.
 */
public final class Browser implements AutoCloseable {

    /** How long to wait for a page, an element or a server round-trip. Generous: CI machines are shared. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String INSTALL_HINT = "The real-browser tests (*IT) need Debian's chromium and chromium-driver: "
            + "apt-get install chromium chromium-driver";

    private static final List<String> HEADLESS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync", "--force-device-scale-factor=1", "--lang=en");

    // True once the page is loaded, Flow has started, and no Flow client (nor the TypeScript router, when
    // present) has a server round-trip under way. Vaadin TestBench waits on the same isActive() flags.
    private static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') return false;
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients) return false;
            const flow = Object.keys(clients).filter(id => id !== 'TypeScript');
            return flow.length > 0 && Object.values(clients).every(c => typeof c.isActive === 'function' && !c.isActive());
            """;

    // After a round-trip slower than 450 ms, Vaadin's loading bar fades out over 0.8 s (the connection
    // indicator's CSS transition): a picture taken at once would show a blue line across the top.
    private static final String LOADING_BAR_GONE = """
            const bar = document.querySelector('.v-loading-indicator');
            return !bar || getComputedStyle(bar).display === 'none' || getComputedStyle(bar).opacity === '0';
            """;

    // Selenium looks for a DevTools binding that matches Chromium's version at every start, and warns when
    // there is none. These tests never use Selenium's DevTools API (device metrics go through chromedriver's
    // own CDP endpoint), so the two warnings per browser would only mislead; the loggers are kept in a field
    // because java.util.logging holds them weakly.
    private static final List<Logger> CDP_WARNINGS = List.of(Logger.getLogger(CdpVersionFinder.class.getName()),
            Logger.getLogger(ChromiumDriver.class.getName()));

    // A browser left open (a test that forgot, a run stopped half-way) would outlive the build as orphan
    // Chromium processes; the JVM's exit is the last chance to stop it.
    private static final Set<Browser> OPEN = ConcurrentHashMap.newKeySet();

    // Closed browsers that have forgotten everything, for the next launch.
    private static final ConcurrentLinkedDeque<Browser> IDLE = new ConcurrentLinkedDeque<>();
    private static final int KEEP_IDLE = 3;

    static {
        CDP_WARNINGS.forEach(logger -> logger.setFilter(r -> r.getMessage() == null || !r.getMessage().contains("CDP")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List.copyOf(OPEN).forEach(Browser::quit);
            List.copyOf(IDLE).forEach(Browser::quit);
        }, "close-browsers"));
    }

    private final ChromeDriver driver;
    private String baseUrl;
    private Viewport viewport;

    private Browser(ChromeDriver driver, String baseUrl, Viewport viewport) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.viewport = viewport;
    }

    /**
     * Starts a browser whose relative paths resolve against {@code baseUrl}, sized to {@code viewport}.
     * Fails with what to install when Chromium or chromedriver is missing.
     */
    public static Browser launch(String baseUrl, Viewport viewport) {
        for (Browser idle = IDLE.poll(); idle != null; idle = IDLE.poll()) {
            try {
                idle.baseUrl = baseUrl;
                OPEN.add(idle);
                return idle.resize(viewport);
            } catch (RuntimeException | AssertionError e) {
                OPEN.remove(idle);
                idle.quit();
            }
        }
        Path chromium = executable("passerelle.chromium", "/usr/bin/chromium", "Chromium");
        Path chromedriver = executable(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver", "chromedriver");
        // Selenium reads this property too; with it and the service's executable set, it never looks for a driver.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(HEADLESS);
        options.addArguments("--window-size=" + viewport.width() + "," + viewport.height());
        // The page's console, so that a script error on load fails a test (see consoleErrors()).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
        Browser browser = new Browser(new ChromeDriver(service, options), baseUrl, viewport);
        OPEN.add(browser);
        try {
            browser.resize(viewport);
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
        return browser;
    }

    private static Path executable(String property, String debianPath, String what) {
        String configured = System.getProperty(property);
        Path path = Path.of(configured == null || configured.isBlank() ? debianPath : configured);
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            fail(what + " not found: " + path + " is not an executable file. " + INSTALL_HINT);
        }
        return path;
    }

    /**
     * Resolves relative paths against another server from now on, as a load balancer sends a browser whose server
     * died to another one; the next {@link #open} goes there.
     */
    public Browser moveTo(String otherBaseUrl) {
        this.baseUrl = otherBaseUrl;
        return this;
    }

    /** Goes to {@code path} (e.g. {@code "/"} or {@code "/agent"}) and waits until Vaadin has loaded and is idle. */
    public Browser open(String path) {
        driver.get(baseUrl + (path.startsWith("/") ? path : "/" + path));
        return waitForVaadin();
    }

    /** Waits until Vaadin has no server round-trip under way; call it after acting on the page directly. */
    public Browser waitForVaadin() {
        try {
            waitUntil(VAADIN_IDLE, TIMEOUT);
        } catch (TimeoutException e) {
            throw new AssertionError("Vaadin was still loading or busy after " + TIMEOUT.toSeconds() + " s on "
                    + driver.getCurrentUrl() + " (title \"" + driver.getTitle() + "\")", e);
        }
        return this;
    }

    /** The first element matching the CSS selector, waiting for it to appear. Light DOM only. */
    public WebElement find(String css) {
        try {
            return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            throw new AssertionError("No element matches " + css + " on " + driver.getCurrentUrl() + " after "
                    + TIMEOUT.toSeconds() + " s", e);
        }
    }

    /**
     * Waits until an element matching {@code css} shows {@code text} (e.g. a message that arrives by server
     * push from another browser).
     */
    public Browser waitForText(String css, String text) {
        try {
            // An element found may be redrawn by the server before its text is read: look again, do not fail.
            new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
        } catch (TimeoutException e) {
            throw new AssertionError("No " + css + " showed \"" + text + "\" on " + driver.getCurrentUrl() + " after "
                    + TIMEOUT.toSeconds() + " s", e);
        }
        return this;
    }

    /** Waits until no element matches {@code css} (a dialog that closes, a message that goes). */
    public Browser waitUntilGone(String css) {
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> d.findElements(By.cssSelector(css)).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError(css + " was still on " + driver.getCurrentUrl() + " after " + TIMEOUT.toSeconds() + " s", e);
        }
        return this;
    }

    /** All elements matching the CSS selector now, without waiting; an empty list when there is none. */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Whether a click at the centre of the element now reaches it, with nothing drawn over it (a notification, a
     * dialog's backdrop); scrolls it into view first, as a person would.
     */
    public boolean receivesClicksNow(String css) {
        WebElement element = find(css);
        return Boolean.TRUE.equals(script("""
                const el = arguments[0];
                el.scrollIntoView({block: 'nearest'});
                const r = el.getBoundingClientRect();
                const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                return hit === el || el.contains(hit);""", element));
    }

    /** Clicks the element (a {@code vaadin-button} host is fine) and waits for the server's answer. */
    public Browser click(String css) {
        WebElement element = find(css);
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.elementToBeClickable(element)).click();
        return waitForVaadin();
    }

    /** Clicks the first element matching {@code css} whose visible text contains {@code text}. */
    public Browser click(String css, String text) {
        WebElement element;
        try {
            element = new WebDriverWait(driver, TIMEOUT).until(d -> d.findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
        } catch (TimeoutException e) {
            throw new AssertionError("No " + css + " with text \"" + text + "\" on " + driver.getCurrentUrl(), e);
        }
        element.click();
        return waitForVaadin();
    }

    /**
     * Presses Tab until the focused element is inside something matching {@code css}, as a keyboard user
     * would; fails when it takes more than {@code maxPresses}.
     */
    public Browser tabTo(String css, int maxPresses) {
        for (int i = 0; i < maxPresses; i++) {
            if (focusedIsIn(css)) {
                return this;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        if (focusedIsIn(css)) {
            return this;
        }
        throw new AssertionError("Tab never reached " + css + " in " + maxPresses + " presses on " + driver.getCurrentUrl());
    }

    /**
     * Clicks {@code css} on a kiosk whose idle warning may come first (a short idle time on a busy machine): a warning
     * showing, or one that intercepts the click, is answered ("I am still here") and the click tried again, five times
     * at most.
     */
    public Browser clickAnsweringIdleWarning(String css) {
        for (int attempt = 1; ; attempt++) {
            if (!findAll(".still-here").isEmpty()) {
                click(".still-here");
            }
            try {
                return click(css);
            } catch (ElementClickInterceptedException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Presses a key on whatever has the focus, then waits for the server. */
    public Browser press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return waitForVaadin();
    }

    /** Whether the focused element (looking through shadow roots) is inside an element matching {@code css}. */
    public boolean focusedIsIn(String css) {
        Object inside = ((JavascriptExecutor) driver).executeScript("""
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                for (let node = el; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
                  if (node.matches && node.matches(arguments[0])) { return true; }
                }
                return false;""", css);
        return Boolean.TRUE.equals(inside);
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Types into a field, after what it already holds, then waits for the server. {@code css} may name the
     * field itself or a Vaadin field ({@code vaadin-text-field}, {@code vaadin-text-area}…), whose native
     * {@code input} or {@code textarea} is a light-DOM child. Keys such as {@link org.openqa.selenium.Keys#ENTER}
     * may follow the text; to replace the text, start with {@code Keys.chord(Keys.CONTROL, "a")}.
     */
    public Browser type(String css, CharSequence... keys) {
        WebElement field = find(css);
        String tag = field.getTagName();
        if (!tag.equals("input") && !tag.equals("textarea")) {
            field = field.findElement(By.cssSelector("input, textarea"));
        }
        field.sendKeys(keys);
        return waitForVaadin();
    }

    /**
     * Makes the CSS viewport exactly this size. The window size alone is not enough: headless Chromium keeps
     * room for a browser frame it does not draw, so a 1080×1920 window has a 1080×1777 viewport.
     */
    public Browser resize(Viewport newViewport) {
        driver.manage().window().setSize(new Dimension(newViewport.width(), newViewport.height()));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", newViewport.width(),
                "height", newViewport.height(), "deviceScaleFactor", 1, "mobile", false));
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight]");
        List<Long> expected = List.of((long) newViewport.width(), (long) newViewport.height());
        if (!expected.equals(inner)) {
            fail("The viewport is " + inner + " instead of " + expected + " for " + newViewport);
        }
        viewport = newViewport;
        return this;
    }

    private void waitUntil(String scriptReturningTrue, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> Boolean.TRUE.equals(driver.executeScript(scriptReturningTrue)));
    }

    /** Portrait kiosk, 1080×1920. */
    public Browser portrait() {
        return resize(Viewport.PORTRAIT_KIOSK);
    }

    /** Landscape, 1920×1080. */
    public Browser landscape() {
        return resize(Viewport.LANDSCAPE);
    }

    /** The size the viewport was last given. */
    public Viewport viewport() {
        return viewport;
    }

    /** Saves the viewport as {@code target/screenshots/<name>.png} (and in {@code docs/screenshots}: see {@link Screenshots}). */
    public Path screenshot(String name) {
        try {
            waitUntil(LOADING_BAR_GONE, Duration.ofSeconds(5));
        } catch (TimeoutException e) {
            // Still loading after all: the picture, bar and all, says more than no picture.
        }
        return Screenshots.save(driver, name);
    }

    /** Runs axe-core on the page and fails with a readable list of violations if there is any. */
    public AccessibilityAudit.Result assertAccessible(String screen) {
        return AccessibilityAudit.assertNoViolations(driver, screen);
    }

    /** Runs axe-core on the page and only reports: the summary line goes to {@code target/axe-report.txt}. */
    public AccessibilityAudit.Result auditAccessibility(String screen) {
        return AccessibilityAudit.run(driver, screen);
    }

    /** The Selenium driver, for whatever the helpers do not cover. */
    public WebDriver driver() {
        return driver;
    }

    /**
     * Closes the window; safe to call twice. The browser is then kept for the next {@link #launch} once it has
     * forgotten everything a test could leave: its tab (with the page, its session storage and its screen
     * emulation) gives way to a new one, and every cookie, the cache, the application's storage and the console's log are cleared.
     * When any of that fails, Chromium and chromedriver are stopped instead.
     */
    @Override
    public void close() {
        if (!OPEN.remove(this)) {
            return;
        }
        if (IDLE.size() < KEEP_IDLE && forgetEverything()) {
            IDLE.push(this);
        } else {
            quit();
        }
    }

    private boolean forgetEverything() {
        try {
            String old = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            driver.switchTo().window(old).close();
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin(baseUrl), "storageTypes", "all"));
            driver.manage().logs().get(LogType.BROWSER);
            return driver.getWindowHandles().size() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    // scheme://host:port of a URL, as the DevTools protocol names an origin.
    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private void quit() {
        OPEN.remove(this);
        IDLE.remove(this);
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // Already gone.
        }
    }
}
