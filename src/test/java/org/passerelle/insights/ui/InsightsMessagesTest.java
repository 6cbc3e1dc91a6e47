package org.passerelle.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.i18n.Messages;
import org.passerelle.insights.GapDecision;
import org.passerelle.insights.GapKind;
import org.passerelle.insights.GapStatus;
import org.passerelle.insights.InsightsException;
import org.passerelle.knowledge.Language;

/** The messages the insight screens build from names (MessagesTest finds only literal keys). */
class InsightsMessagesTest {

    @Test
    void every_message_built_from_a_name_exists_in_both_languages() {
        List<String> keys = new ArrayList<>();
        for (InsightsException.Problem problem : InsightsException.Problem.values()) {
            keys.add("insights.problem." + lower(problem));
        }
        for (GapKind kind : GapKind.values()) {
            keys.add("insights.gaps.kind." + lower(kind));
        }
        for (GapDecision decision : GapDecision.values()) {
            keys.add("insights.gaps.decision." + lower(decision));
        }
        for (GapStatus status : GapStatus.values()) {
            keys.add("insights.gaps.status." + lower(status));
        }
        for (Language language : Language.values()) {
            keys.add("insights.language." + lower(language));
        }
        for (String screen : List.of("insights.gaps", "insights.dashboard")) {
            keys.addAll(List.of(screen + ".title", screen + ".heading", screen + ".intro"));
        }
        for (String tile : List.of("questions", "containment", "notUnderstood", "handoff", "wait", "helped")) {
            keys.add("insights.dashboard." + tile);
        }
        for (Language language : Language.values()) {
            for (String key : keys) {
                assertThat(Messages.get(language, key, 1)).as(language + " " + key).doesNotStartWith("!");
            }
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
