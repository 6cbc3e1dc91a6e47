package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks of what a person sees that axe-core does not make: the size of every target, things cut off or pushed
 * out of the screen, dialogs that do not fit, the focus after an action, script errors. Each looks through open
 * shadow roots (Vaadin's components draw their parts there) and fails with the elements at fault.
 */
public final class PageChecks {

    /** WCAG 2.5.8 asks for 24 px; the kiosk promises 44 × 44 CSS px (2.5.5, AAA): it is used by touch. */
    public static final int MIN_TARGET = 44;

    // Every element a person can touch or reach with Tab, visible and not inert. The text field's clear button
    // and the password field's reveal button are targets too, though not in the Tab order.
    private static final String SMALL_TARGETS = """
            const min = arguments[0];
            const found = [];
            const describe = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
                ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '')
                + ' "' + (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40).replace(/\\s+/g, ' ') + '"';
            const target = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"]),'
                + ' [part~="clear-button"], vaadin-password-field-button, vaadin-checkbox';
            const walk = root => {
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) { walk(el.shadowRoot); }
                if (!el.matches(target) || el.closest('[inert], [aria-hidden="true"]')) { continue; }
                const style = getComputedStyle(el);
                const r = el.getBoundingClientRect();
                if (style.display === 'none' || style.visibility === 'hidden' || (r.width === 0 && r.height === 0 && !el.matches(':focus'))) { continue; }
                if (el.matches('input, textarea') && el.closest('vaadin-text-field, vaadin-text-area, vaadin-password-field')) {
                  continue; // the field's box (checked as its input-field part's size below) is the target
                }
                if (r.width < min - 0.5 || r.height < min - 0.5) {
                  found.push(describe(el) + ' ' + Math.round(r.width * 10) / 10 + '×' + Math.round(r.height * 10) / 10);
                }
              }
            };
            walk(document);
            return found;""";

    // Anything drawn past the left or right edge of the viewport, and button labels cut short ("…").
    private static final String SIDEWAYS = """
            const found = [];
            const width = window.innerWidth;
            if (document.documentElement.scrollWidth > width) {
              found.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px viewport');
            }
            const describe = el => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim()
                ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '');
            const walk = root => {
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) { walk(el.shadowRoot); }
                const style = getComputedStyle(el);
                if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.sr-only, .skip-link')) { continue; }
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.height > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
                  found.push(describe(el) + ' spans ' + Math.round(r.left) + '…' + Math.round(r.right) + ' px');
                }
                if (el.getAttribute('part') === 'label' && root.host && root.host.tagName === 'VAADIN-BUTTON'
                    && el.scrollWidth > el.clientWidth + 1) {
                  found.push(describe(el.getRootNode().host) + ' label is cut: ' + el.scrollWidth + ' px of text in ' + el.clientWidth + ' px');
                }
              }
            };
            walk(document);
            return found.slice(0, 20);""";

    // Each open dialog's overlay part, whole inside the viewport.
    private static final String DIALOGS = """
            const found = [];
            const overlayIn = root => {
              if (!root) { return null; }
              const here = root.querySelector('[part~="overlay"]');
              if (here) { return here; }
              for (const el of root.querySelectorAll('*')) {
                const inner = el.shadowRoot && overlayIn(el.shadowRoot);
                if (inner) { return inner; }
              }
              return null;
            };
            for (const d of document.querySelectorAll('vaadin-dialog, vaadin-dialog-overlay')) {
              if (!d.opened && !d.hasAttribute('opened')) { continue; }
              const overlay = overlayIn(d.shadowRoot);
              if (!overlay) { continue; }
              const r = overlay.getBoundingClientRect();
              if (r.width > 0 && r.height > 0) { found.push([r.left, r.top, r.right, r.bottom]); }
            }
            return found;""";

    private PageChecks() {
    }

    /** Every target on the screen is at least {@link #MIN_TARGET} CSS px each way. */
    public static void assertTargetsBigEnough(Browser browser, String screen) {
        List<?> small = (List<?>) browser.script(SMALL_TARGETS, MIN_TARGET);
        assertThat(small).as("targets under " + MIN_TARGET + "×" + MIN_TARGET + " CSS px on " + screen).isEmpty();
    }

    /** Nothing needs sideways scrolling, sticks out of the screen, or is cut to "…". */
    public static void assertNothingSideways(Browser browser, String screen) {
        List<?> out = (List<?>) browser.script(SIDEWAYS);
        assertThat(out).as("sideways overflow or cut labels on " + screen + " at " + browser.viewport()).isEmpty();
    }

    /**
     * At least one dialog is open and each is wholly inside the viewport. Waits a little for the opening
     * animation (which scales the dialog) to end before judging.
     */
    public static void assertDialogsInsideViewport(Browser browser, String screen) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> outside(browser).isEmpty());
        } catch (TimeoutException e) {
            // judged below, with the boxes found
        }
        assertThat((List<?>) browser.script(DIALOGS)).as("open dialogs on " + screen).isNotEmpty();
        assertThat(outside(browser)).as("dialogs not wholly inside the viewport on " + screen).isEmpty();
    }

    private static List<String> outside(Browser browser) {
        Viewport v = browser.viewport();
        List<String> out = new ArrayList<>();
        for (Object box : (List<?>) browser.script(DIALOGS)) {
            List<Double> b = ((List<?>) box).stream().map(n -> ((Number) n).doubleValue()).toList();
            if (b.get(0) < -0.5 || b.get(1) < -0.5 || b.get(2) > v.width() + 0.5 || b.get(3) > v.height() + 0.5) {
                out.add("dialog spans " + Math.round(b.get(0)) + "," + Math.round(b.get(1)) + " to " + Math.round(b.get(2)) + ","
                        + Math.round(b.get(3)) + " in a " + v.width() + "×" + v.height() + " viewport");
            }
        }
        return out;
    }

    /** The focus is on something, not dropped to the page's body (or nowhere), e.g. after a button went away. */
    public static void assertFocusKept(Browser browser, String after) {
        Object focused = browser.script("""
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                if (!el || el === document.body || el === document.documentElement) { return 'body'; }
                if (el.disabled || el.hasAttribute('disabled')) { return 'disabled ' + el.tagName.toLowerCase(); }
                return 'ok';""");
        assertThat(focused).as("focus after " + after).isEqualTo("ok");
    }

    /** Nothing the page ran failed: no script error in the console (a missing favicon is not the page's). */
    public static void assertNoScriptErrors(Browser browser, String screen) {
        List<String> errors = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
        assertThat(errors).as("script errors in the console on " + screen).isEmpty();
    }
}
