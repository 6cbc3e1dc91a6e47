package org.passerelle.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class IntentSettingsTest {

    @Configuration
    @EnableConfigurationProperties(IntentSettings.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void the_application_binds_passerelle_intent_properties_over_the_defaults() {
        runner.withPropertyValues("passerelle.intent.out-of-scope-threshold=0.42",
                        "passerelle.intent.training.l2-cost=0.3", "passerelle.intent.language-detection.min-letters=20")
                .run(context -> {
                    IntentSettings settings = context.getBean(IntentSettings.class);
                    assertThat(settings.outOfScopeThreshold()).isEqualTo(0.42);
                    assertThat(settings.training().l2Cost()).isEqualTo(0.3);
                    assertThat(settings.languageDetection().minLetters()).isEqualTo(20);
                    assertThat(settings.features()).isEqualTo(IntentSettings.defaults().features());
                });
    }

    @Test
    void without_properties_the_application_gets_the_same_defaults_as_plain_java() {
        runner.run(context -> assertThat(context.getBean(IntentSettings.class)).isEqualTo(IntentSettings.defaults()));
    }

    @Test
    void a_threshold_outside_0_to_1_is_refused() {
        assertThatThrownBy(() -> IntentSettings.of(Map.of("out-of-scope-threshold", "1.5")))
                .hasStackTraceContaining("out-of-scope-threshold must be between 0 and 1");
    }
}
