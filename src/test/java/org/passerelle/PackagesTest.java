package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** Every package says what it is and that its types are non-null unless marked (STYLE.md: the walking skeleton). */
class PackagesTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** The packages of the main sources: every folder under {@code org/passerelle} that holds a Java file. */
    private static List<String> mainPackages() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("org/passerelle"))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
                    .map(folder -> MAIN.relativize(folder).toString().replace(folder.getFileSystem().getSeparator(), "."))
                    .sorted().toList();
        }
    }

    @Test
    void every_main_package_has_a_package_info_marked_null_marked() throws IOException {
        List<String> packages = mainPackages();
        // Read from the folder, so the check cannot pass by finding nothing: these are known to exist.
        assertThat(packages).contains("org.passerelle", "org.passerelle.kiosk.ui", "org.passerelle.knowledge.internal",
                "org.passerelle.search", "org.passerelle.operations", "org.passerelle.operations.internal",
                "org.passerelle.operations.ui", "org.passerelle.cluster", "org.passerelle.cluster.internal",
                "org.passerelle.publication")
                .hasSizeGreaterThan(20);

        assertThat(packages).as("the open data's web side").contains("org.passerelle.opendata");

        List<String> unmarked = new ArrayList<>();
        for (String name : packages) {
            if (!nullMarked(name)) {
                unmarked.add(name);
            }
        }
        assertThat(unmarked).as("packages without a package-info.java marked @NullMarked").isEmpty();
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
