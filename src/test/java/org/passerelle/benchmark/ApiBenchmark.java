package org.passerelle.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.passerelle.Application;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API under 20 concurrent clients, over HTTP against the real server (Tomcat, the API's filters, Spring
 * Security, JSON): each client asks {@code POST /api/v1/answers} (the bundled guides' training phrases of both
 * languages, every other one with a letter deleted) and, one request in {@code --reads-every}, reads a guide
 * ({@code GET /api/v1/guides/{id}}). The rate limits are raised out of the way. After a warm-up it runs for
 * {@code --seconds} and prints p50/p95/p99 per kind of request, the throughput, and any status other than 200
 * (there must be none). Client and server share the machine's cores.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.ApiBenchmark -Dexec.args="--clients 20 --seconds 30"</pre>
 */
public final class ApiBenchmark {

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int clients = intArg(a, "--clients", 20);
        int seconds = intArg(a, "--seconds", 30);
        int warmUp = intArg(a, "--warm-up", 10);
        int readsEvery = intArg(a, "--reads-every", 4);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(Stream.concat(Stream.of("--spring.datasource.url=jdbc:h2:mem:api-benchmark;DB_CLOSE_DELAY=-1",
                        "--server.port=0", "--logging.level.root=warn", "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.launch-browser=false", "--passerelle.intent.model-directory=",
                        // All clients are this machine: the per-client limits would refuse them at once.
                        "--passerelle.api.read-max=100000000", "--passerelle.api.answer-max=100000000"),
                        a.stream().filter(arg -> arg.startsWith("--passerelle."))).toArray(String[]::new));
        try {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            KnowledgeBase kb = context.getBean(KnowledgeService.class).current();
            List<String> bodies = questions(kb);
            List<String> guides = kb.guides().stream().map(Guide::id).toList();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            System.out.printf(Locale.ROOT, "%d cores, %d clients, %d questions, %d guides, server %s%n",
                    Runtime.getRuntime().availableProcessors(), clients, bodies.size(), guides.size(), base);
            run(http, base, bodies, guides, clients, warmUp, readsEvery); // warm-up, unmeasured
            Result result = run(http, base, bodies, guides, clients, seconds, readsEvery);
            System.out.printf(Locale.ROOT, "  POST /api/v1/answers     %,7d requests  %s%n", result.answers.size(),
                    percentiles(result.answers));
            System.out.printf(Locale.ROOT, "  GET  /api/v1/guides/{id} %,7d requests  %s%n", result.reads.size(),
                    percentiles(result.reads));
            System.out.printf(Locale.ROOT, "  throughput %.0f requests/s (%.0f answers/s) over %d s; statuses %s%n",
                    (result.answers.size() + result.reads.size()) / (double) seconds,
                    result.answers.size() / (double) seconds, seconds, result.statuses);
        } finally {
            context.close();
        }
    }

    private record Result(List<Long> answers, List<Long> reads, Map<Integer, Integer> statuses) {
    }

    private static Result run(HttpClient http, String base, List<String> bodies, List<String> guides, int clients,
            int seconds, int readsEvery) throws InterruptedException {
        List<Long> answers = Collections.synchronizedList(new ArrayList<>());
        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    int n = next.getAndIncrement();
                    boolean read = n % readsEvery == readsEvery - 1;
                    HttpRequest request = read
                            ? HttpRequest.newBuilder(URI.create(base + "/api/v1/guides/" + guides.get(n % guides.size())
                                    + "?lang=" + (n % 2 == 0 ? "en" : "fr"))).GET().build()
                            : HttpRequest.newBuilder(URI.create(base + "/api/v1/answers"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(n % bodies.size()))).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        (read ? reads : answers).add(System.nanoTime() - start);
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                    } catch (java.io.IOException e) {
                        statuses.merge(-1, 1, Integer::sum);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(answers, reads, new TreeMap<>(statuses));
    }

    /** Training phrases of both languages as request bodies; every other one misses a letter, as typed. */
    private static List<String> questions(KnowledgeBase kb) {
        JsonMapper json = JsonMapper.builder().build();
        List<String> bodies = new ArrayList<>();
        for (Guide guide : kb.guides()) {
            for (Language language : Language.values()) {
                for (String q : guide.text(language).questions()) {
                    String typed = bodies.size() % 2 == 1 && q.length() > 6
                            ? q.substring(0, q.length() / 2) + q.substring(q.length() / 2 + 1) : q;
                    bodies.add(json.writeValueAsString(Map.of("question", typed, "lang", language.code())));
                }
            }
        }
        Collections.shuffle(bodies, new java.util.Random(42));
        return bodies;
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50=%.2fms p95=%.2fms p99=%.2fms max=%.1fms", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1))
                / 1e6;
    }

    private static int intArg(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : fallback;
    }
}
