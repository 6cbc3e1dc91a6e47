package org.passerelle.browser;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests write: the build directory this test run was compiled into ({@code target/}, or
 * {@code target-x/} with {@code -Dbuild.dir=target-x}), found from the test classes' own location so that
 * two builds of one work tree never write into each other's folders, and no pom setting is needed.
 */
final class BuildOutput {

    private static final Path DIRECTORY = locate();

    private BuildOutput() {
    }

    /** The build directory, e.g. {@code <project>/target}. */
    static Path directory() {
        return DIRECTORY;
    }

    /** The project's root folder, which holds the build directory. */
    static Path projectDirectory() {
        return DIRECTORY.toAbsolutePath().getParent();
    }

    private static Path locate() {
        try {
            // .../target/test-classes when run by Maven or an IDE that uses Maven's layout.
            Path testClasses = Path.of(BuildOutput.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(testClasses) && testClasses.getParent() != null) {
                return testClasses.getParent();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // Fall through to the default below.
        }
        return Path.of("target").toAbsolutePath();
    }
}
