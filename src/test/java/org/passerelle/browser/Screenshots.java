package org.passerelle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Pictures of the screens. Every screenshot goes to {@code target/screenshots/<name>.png}; with
 * {@code -Dpasserelle.screenshots=docs} on the Maven command line it is also copied to
 * {@code docs/screenshots/<name>.png}, which is how the pictures in the documentation are refreshed.
 */
public final class Screenshots {

    /** The system property that, set to {@code docs}, also writes screenshots into {@code docs/screenshots}. */
    public static final String PROPERTY = "passerelle.screenshots";

    // A name becomes a file name in two folders, one of them committed: keep it plain.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Screenshots() {
    }

    /**
     * Saves what the browser shows (the viewport) as a PNG.
     *
     * @param name letters, digits, dots, dashes and underscores, e.g. {@code kiosk-ask-portrait}
     * @return the file under {@code target/screenshots}
     */
    public static Path save(WebDriver driver, String name) {
        byte[] png = take(driver, name);
        Path file = write(BuildOutput.directory().resolve("screenshots"), name, png);
        if ("docs".equals(System.getProperty(PROPERTY))) {
            write(BuildOutput.projectDirectory().resolve("docs").resolve("screenshots"), name, png);
        }
        return file;
    }

    /** What the browser showed when a test failed, in {@code target/screenshots/failures}; never in the docs. */
    static Path saveFailure(WebDriver driver, String name) {
        return write(BuildOutput.directory().resolve("screenshots").resolve("failures"), name, take(driver, name));
    }

    private static byte[] take(WebDriver driver, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A screenshot name is letters, digits, '.', '-' and '_': " + name);
        }
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    private static Path write(Path folder, String name, byte[] png) {
        try {
            Files.createDirectories(folder);
            return Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write screenshot " + name + " into " + folder, e);
        }
    }
}
