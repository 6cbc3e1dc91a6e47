package org.passerelle.intent;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.knowledge.LabeledText;

/** A hand-made English training set: three guides, a greeting and out-of-scope questions. */
final class SmallTrainingSet {

    static final String OOS = "system:out-of-scope";

    private SmallTrainingSet() {
    }

    static List<LabeledText> english() {
        List<LabeledText> examples = new ArrayList<>();
        add(examples, "passport-renewal", "renew my passport", "my passport expires soon", "passport renewal form",
                "how do I renew a passport", "renewing an adult passport", "passport expired need a new one",
                "passport about to expire", "renew passport by mail");
        add(examples, "sin-apply", "apply for a social insurance number", "get a SIN", "I need a SIN to work",
                "social insurance number application", "where do I get my SIN", "new social insurance number",
                "SIN for a newcomer", "how to apply for sin");
        add(examples, "ei-apply", "apply for employment insurance", "I lost my job", "EI benefits application",
                "how do I get EI", "laid off what do I do", "employment insurance claim", "unemployment benefits",
                "apply for EI online");
        add(examples, "system:greeting", "hello", "hi", "good morning", "hey there", "good afternoon", "hi there",
                "hello kiosk", "good evening");
        add(examples, OOS, "what is the weather today", "tell me a joke", "who won the hockey game",
                "best pizza nearby", "what time is it in Paris", "recommend a movie", "how tall is the CN tower",
                "sing me a song", "stock market news", "translate cat into Spanish");
        return examples;
    }

    private static void add(List<LabeledText> examples, String label, String... texts) {
        for (String text : texts) {
            examples.add(new LabeledText(label, text));
        }
    }
}
