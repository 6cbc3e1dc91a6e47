package org.passerelle.publication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Markdown;
import org.passerelle.knowledge.Step;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A guide side as schema.org {@code HowTo} JSON-LD, the form search engines and other tools read. It says only what
 * the guide says: a total time when every step's time is exact and every step is done (no optional step, no "do this or
 * that"), a step's own time when it is exact, the costs in the guide's words (schema.org allows text), and the things
 * to bring as supplies.
 */
final class HowToJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HowToJsonLd() {
    }

    /**
     * The JSON-LD, ready to sit in a {@code <script type="application/ld+json">}: {@code <}, {@code >} and {@code &}
     * are written as JSON escapes, so a text holding {@code </script>} or {@code <!--} can neither end the script
     * element nor open a comment in it. Outside strings JSON never uses those characters, so the escapes change no
     * value.
     */
    static String of(Guide guide, Language language, Addresses addresses) {
        GuideText text = guide.text(language);
        String url = addresses.guide(language, guide.id());
        ObjectNode howTo = JSON.createObjectNode();
        howTo.put("@context", "https://schema.org");
        howTo.put("@type", "HowTo");
        howTo.put("name", text.title());
        howTo.put("description", text.summary());
        howTo.put("inLanguage", language.code());
        howTo.put("url", url);
        howTo.put("dateModified", text.lastReviewed().toString());
        totalTime(text.steps()).ifPresent(total -> howTo.put("totalTime", total.toString()));
        List<String> costs = new ArrayList<>();
        Set<String> supplies = new LinkedHashSet<>();
        ArrayNode steps = howTo.putArray("step");
        for (int i = 0; i < text.steps().size(); i++) {
            Step step = text.steps().get(i);
            ObjectNode node = steps.addObject();
            node.put("@type", "HowToStep");
            node.put("position", i + 1);
            node.put("name", step.title());
            String body = Markdown.toPlainText(step.body());
            node.put("text", body.isBlank() ? step.title() : body);
            node.put("url", url + "#" + Addresses.stepAnchor(i + 1));
            step.time().flatMap(StepTime::exact).ifPresent(time -> node.put("timeRequired", time.toString()));
            step.cost().ifPresent(cost -> costs.add(step.title() + ": " + cost));
            supplies.addAll(step.bring());
        }
        if (!costs.isEmpty()) {
            howTo.put("estimatedCost", String.join(" ", costs));
        }
        if (!supplies.isEmpty()) {
            ArrayNode supply = howTo.putArray("supply");
            supplies.forEach(item -> supply.addObject().put("@type", "HowToSupply").put("name", item));
        }
        return JSON.writeValueAsString(howTo).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Optional<Duration> totalTime(List<Step> steps) {
        Duration total = Duration.ZERO;
        for (Step step : steps) {
            if (step.optional() || step.orNext()) {
                return Optional.empty();
            }
            Optional<Duration> time = step.time().flatMap(StepTime::exact);
            if (time.isEmpty()) {
                return Optional.empty();
            }
            total = total.plus(time.get());
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(total);
    }
}
