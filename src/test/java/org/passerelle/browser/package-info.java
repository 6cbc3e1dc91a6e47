/**
 * Real-browser tests: the running kiosk in headless Debian Chromium, driven by Selenium and audited with
 * axe-core.
 *
 * <p>Extend {@link org.passerelle.browser.BrowserTest} and name the class {@code *IT} (failsafe runs it in
 * {@code verify}). A {@link org.passerelle.browser.Browser} is one Chromium window sized like a kiosk screen
 * ({@link org.passerelle.browser.Viewport}); {@link org.passerelle.browser.AccessibilityAudit} runs axe-core
 * and {@link org.passerelle.browser.Screenshots} keeps pictures of the screens.
 */
@NullMarked
package org.passerelle.browser;

import org.jspecify.annotations.NullMarked;
