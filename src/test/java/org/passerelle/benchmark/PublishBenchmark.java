package org.passerelle.benchmark;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.passerelle.Application;
import org.passerelle.Headless;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.Question;
import org.passerelle.content.ContentService;
import org.passerelle.knowledge.GuideForm;
import org.passerelle.knowledge.GuideForm.StepForm;
import org.passerelle.content.GuideVersion;
import org.passerelle.intent.IntentService;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live publishing under use: kiosk threads keep asking questions while editors publish new guides one after the
 * other, through {@link ContentService} on the bundled knowledge base (search re-indexed, the nearest phrases put
 * in force and the classifier retrained in the background after every publication). It prints how long a
 * publication takes and how long until the trained model is in force, the answers' latency while nobody publishes
 * and while publications and training run, how many answers failed (none may), and whether each new guide is found
 * by the very next question after {@code publish} returns and once the model trained.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.PublishBenchmark -Dexec.args="--publications 10 --kiosks 4"</pre>
 */
public final class PublishBenchmark {

    private static final List<String> QUESTIONS = List.of("renew my passport", "how do i apply for ei",
            "lost my sin card", "change my address", "file my taxes for free", "apply for old age security",
            "renouveler mon passeport", "faire une demande d'assurance emploi", "j'ai perdu ma carte nas",
            "changer mon adresse", "pasport renewel", "help", "bonjour", "what is the weather");

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int publications = Integer.parseInt(arg(a, "--publications", "10"));
        int kiosks = Integer.parseInt(arg(a, "--kiosks", "4"));
        System.out.printf(Locale.ROOT, "%d cores, %d kiosk threads, %d publications%n",
                Runtime.getRuntime().availableProcessors(), kiosks, publications);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                // Headless has no Vaadin security: the content service reads the signed-in editor through this.
                .initializers(c -> c.getBeanFactory().registerSingleton("authenticationContext", new AuthenticationContext()))
                .run(Stream.concat(Headless.ARGUMENTS.stream(), Stream.of(
                        "--spring.datasource.url=jdbc:h2:mem:publish-benchmark;DB_CLOSE_DELAY=-1",
                        "--logging.level.root=warn")).toArray(String[]::new))) {
            run(context.getBean(ContentService.class), context.getBean(Assistant.class),
                    context.getBean(IntentService.class), publications, kiosks);
        }
    }

    private static void run(ContentService content, Assistant assistant, IntentService intents, int publications,
            int kiosks) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            assistant.answer(new Question(QUESTIONS.get(i % QUESTIONS.size()), Language.EN, 0));
        }
        List<Long> idle = ask(assistant, kiosks, 5_000);
        AtomicBoolean publishing = new AtomicBoolean(true);
        List<Long> publishMillis = new ArrayList<>();
        int foundAtOnce = 0;
        int offeredAtOnce = 0;
        int foundTrained = 0;
        List<Long> trainedMillis = new ArrayList<>();
        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = kioskThreads(assistant, kiosks, publishing, during, failures);
        for (int n = 1; n <= publications; n++) {
            String word = "zorblfoo" + (char) ('a' + n % 26) + (char) ('a' + n / 26);
            String id = "benchmark-" + n;
            GuideVersion draft = as("alice", () -> content.createGuide(id, side(id, word, Language.EN).toText(),
                    side(id, word, Language.FR).toText()));
            GuideVersion submitted = as("alice", () -> content.submit(id, draft.number(), draft.lockVersion()));
            GuideVersion approved = as("bruno", () -> content.approve(id, submitted.number(), submitted.lockVersion()));
            long start = System.nanoTime();
            as("bruno", () -> content.publish(id, approved.number(), approved.lockVersion()));
            publishMillis.add((System.nanoTime() - start) / 1_000_000);
            Answer answer = assistant.answer(new Question("how do i adopt a " + word, Language.EN, 0));
            if (answer instanceof Answer.GuideAnswer found && found.guide().id().equals(id)) {
                foundAtOnce++;
            } else if (answer instanceof Answer.Confirmation offered && offered.guide().id().equals(id)) {
                offeredAtOnce++;
            }
            // The model trains in the background; the next publication comes once it is in force.
            if (!intents.awaitTrainedModel(Duration.ofMinutes(5))) {
                throw new IllegalStateException("the model did not train in 5 minutes");
            }
            trainedMillis.add((System.nanoTime() - start) / 1_000_000);
            answer = assistant.answer(new Question("how do i adopt a " + word, Language.EN, 0));
            if (answer instanceof Answer.GuideAnswer found && found.guide().id().equals(id)) {
                foundTrained++;
            }
        }
        publishing.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        Collections.sort(publishMillis);
        System.out.printf(Locale.ROOT, "publish (validate, store, re-index, nearest phrases): median %d ms, max %d ms%n",
                publishMillis.get(publishMillis.size() / 2), publishMillis.getLast());
        Collections.sort(trainedMillis);
        System.out.printf(Locale.ROOT, "trained model in force after publish began: median %d ms, max %d ms%n",
                trainedMillis.get(trainedMillis.size() / 2), trainedMillis.getLast());
        System.out.printf(Locale.ROOT, "new guide found by the next question after publish returned: %d/%d shown, "
                + "%d/%d offered (\"Is this what you need?\"); after the model trained: %d/%d shown%n", foundAtOnce,
                publications, offeredAtOnce, publications, foundTrained, publications);
        print("answers while nobody publishes", idle, 0);
        print("answers while publications run", new ArrayList<>(during), failures.get());
    }

    private static List<Long> ask(Assistant assistant, int kiosks, long millis) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = kioskThreads(assistant, kiosks, running, latencies, new AtomicInteger());
        Thread.sleep(millis);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return new ArrayList<>(latencies);
    }

    private static List<Thread> kioskThreads(Assistant assistant, int kiosks, AtomicBoolean running, List<Long> latencies,
            AtomicInteger failures) {
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            int offset = k;
            threads.add(Thread.ofPlatform().name("kiosk-" + k).start(() -> {
                for (int i = offset; running.get(); i++) {
                    String text = QUESTIONS.get(i % QUESTIONS.size());
                    long start = System.nanoTime();
                    try {
                        Answer answer = assistant.answer(new Question(text, i % 2 == 0 ? Language.EN : Language.FR, 0));
                        if (answer == null) {
                            failures.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - start) / 1_000);
                }
            }));
        }
        return threads;
    }

    private static void print(String what, List<Long> micros, int failures) {
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "%s: %d answers, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                micros.size(), failures, micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) (micros.size() * 0.99)) / 1000.0, micros.getLast() / 1000.0);
    }

    private static GuideForm side(String id, String word, Language language) {
        boolean en = language == Language.EN;
        List<String> questions = (en ? List.of("%s", "adopt a %s", "how do i adopt a %s", "%s adoption", "get a %s",
                "i want a %s", "%s application", "apply for a %s", "%s form", "where to get a %s", "%s help",
                "need a %s", "%s pet", "can i have a %s", "%s papers")
                : List.of("%s", "adopter un %s", "comment adopter un %s", "adoption %s", "obtenir un %s",
                        "je veux un %s", "demande de %s", "demander un %s", "formulaire %s", "ou avoir un %s",
                        "aide %s", "besoin d un %s", "%s animal", "puis je avoir un %s", "papiers %s"))
                .stream().map(q -> q.formatted(word)).toList();
        return new GuideForm(id, (en ? "Adopt a " : "Adopter un ") + word,
                en ? "For people who want a " + word + " at home." : "Pour qui veut un " + word + " à la maison.",
                "id-documents", en ? "https://www.canada.ca/en.html" : "https://www.canada.ca/fr.html", "2026-11-25",
                List.of(), List.of(), List.of(new StepForm(en ? "Fill out the form" : "Remplir le formulaire",
                        en ? "Ask for the form at the desk." : "Demandez le formulaire au comptoir.", false, false, "", "",
                        List.of())), questions, language);
    }

    private static <T> T as(String editor, java.util.function.Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(editor, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.EDITOR)));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String arg(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
