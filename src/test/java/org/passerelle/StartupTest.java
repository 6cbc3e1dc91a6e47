package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.SampleKnowledgeBase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/** A kiosk never starts on half-loaded content. */
class StartupTest {

    @TempDir
    Path root;

    private ConfigurableApplicationContext start(Path knowledgeBase) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                // Command-line arguments, because properties() are defaults that application.properties overrides.
                .run("--passerelle.knowledge-base.path=" + knowledgeBase, "--spring.datasource.url=jdbc:h2:mem:startup-test",
                        "--server.port=0");
    }

    @Test
    void a_malformed_knowledge_base_stops_the_start_and_names_the_file_and_line() {
        SampleKnowledgeBase.write(root);
        SampleKnowledgeBase.replaceIn(root, "guides/job-bank/fr.md", "title:", "titre:");

        assertThatThrownBy(() -> start(root))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(KnowledgeBaseException.class)
                        .hasMessageStartingWith("guides/job-bank/fr.md:3: unknown field \"titre\""));
    }
}
