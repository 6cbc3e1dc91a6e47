package org.passerelle.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.passerelle.Headless;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kiosk sessions per GB of heap (issue 14): the application in a process of its own, as it runs on a kiosk server
 * (Tomcat, Vaadin, push over WebSocket), and kiosks that are not browsers but speak Vaadin's protocol as its client
 * does: the page, the UI's bootstrap ({@code ?v-r=init}), the push connection (Atmosphere over WebSocket, held open),
 * the first navigation, "Continue in English" on the welcome screen, then a question typed and asked on Home, whose
 * answer must arrive. A headless browser per kiosk would not fit 300 times on two cores; this client sends what the
 * browser's Flow client sends, so the server holds what it holds for a real kiosk.
 *
 * <p>Heap is the server's live objects after a full GC: the total of {@code jcmd <pid> GC.class_histogram}
 * (which collects first). {@code --warm-up} sessions are opened first and stay open, so that classes, caches and
 * pools the first kiosks bring in are in the baseline; then {@code --sessions} more, and the difference divided by
 * their number is one kiosk session. Both histograms and the classes that grew most are written to
 * {@code target/kiosk-sessions/}.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.KioskSessionsBenchmark -Dexec.args="--sessions 300"</pre>
 *
 * <p>{@code --heap-dump} also writes the server's heap with every session open, for a closer look.
 * {@code --server "--a=b --c=d"} passes arguments to the server and {@code --jvm "-Da=b"} options to its JVM (to
 * compare settings).
 */
public final class KioskSessionsBenchmark {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final List<String> QUESTIONS = List.of("how do I renew my passport", "I lost my health card",
            "apply for a driver's licence", "change my address", "I need a birth certificate", "report a pothole");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    private KioskSessionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int sessions = intArgument(a, "--sessions", 300);
        int warmUp = intArgument(a, "--warm-up", 20);
        String heap = stringArgument(a, "--heap", "2g");
        List<String> serverArguments = Arrays.stream(stringArgument(a, "--server", "").split(" "))
                .filter(s -> !s.isBlank()).toList();
        List<String> jvmOptions = Arrays.stream(stringArgument(a, "--jvm", "").split(" "))
                .filter(s -> !s.isBlank()).toList();
        Path out = Path.of("target", "kiosk-sessions");
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("kiosk-sessions-benchmark");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), "org.passerelle.Application",
                "--server.port=" + port,
                Headless.fileDatabase(folder.resolve("db")),
                // Trained once and kept between runs of the benchmark, like a kiosk server's data/intent-models.
                "--passerelle.intent.model-directory=" + out.resolve("intent-models").toAbsolutePath(),
                "--vaadin.devmode.devTools.enabled=false",
                // The test class path runs Vaadin in development mode (there is no production bundle without the
                // production build). Its component tracker keeps two stack traces per component (where it was
                // created and attached, for the IDE plugin): about 2 MB per kiosk UI, which production mode never
                // keeps. Turned off, what is left is what a production server holds.
                "--vaadin.devmode.componentTracker.enabled=false",
                "--vaadin.launch-browser=false",
                "--logging.level.root=warn"));
        command.addAll(serverArguments);
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("server.log").toFile()).start();
        try {
            String base = "http://localhost:" + port + "/";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            awaitStarted(http, base, server);
            System.out.printf(Locale.ROOT, "server pid=%d heap=-Xmx%s options=%s arguments=%s%n", server.pid(), heap,
                    jvmOptions, serverArguments);
            List<Kiosk> open = new ArrayList<>();
            for (int k = 0; k < warmUp; k++) {
                open.add(Kiosk.open(http, base, QUESTIONS.get(k % QUESTIONS.size())));
            }
            // Atmosphere's protocol handshake: tracking id | heartbeat interval (ms) | padding | (what proxies must wait for).
            System.out.println("push handshake: " + open.getFirst().firstPush.join().strip());
            Histogram before = histogram(server.pid());
            Files.writeString(out.resolve("histogram-" + warmUp + ".txt"), before.text());
            long start = System.nanoTime();
            for (int k = 0; k < sessions; k++) {
                open.add(Kiosk.open(http, base, QUESTIONS.get(k % QUESTIONS.size())));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int pushed = (int) open.stream().filter(Kiosk::pushConnected).count();
            Histogram after = histogram(server.pid());
            Files.writeString(out.resolve("histogram-" + (warmUp + sessions) + ".txt"), after.text());
            double perSession = (after.bytes() - before.bytes()) / (double) sessions;
            System.out.printf(Locale.ROOT, "kiosk sessions=%d (after %d warm-up) opened in %.1fs, push connected=%d,"
                    + " questions answered=%d%n", sessions, warmUp, seconds, pushed, open.size());
            System.out.printf(Locale.ROOT, "live heap after GC: %.1f MB with %d sessions, %.1f MB with %d%n",
                    before.bytes() / 1e6, warmUp, after.bytes() / 1e6, warmUp + sessions);
            System.out.printf(Locale.ROOT, "per kiosk session: %.3f MB (%,.0f bytes) -> %,.0f sessions per GB%n",
                    perSession / 1e6, perSession, 1e9 / perSession);
            String growth = growth(before, after, sessions);
            Files.writeString(out.resolve("growth.txt"), growth);
            System.out.print(growth.lines().limit(26).collect(Collectors.joining("\n", "", "\n")));
            if (a.contains("--heap-dump")) {
                Path dump = out.resolve("kiosk-sessions.hprof").toAbsolutePath();
                Files.deleteIfExists(dump);
                jcmd(server.pid(), "GC.heap_dump " + dump);
                System.out.println("heap dump: " + dump);
            }
            for (Kiosk kiosk : open) {
                kiosk.close();
            }
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** One kiosk: its session cookie, its UI's security key and sync ids, the nodes it was sent, its push socket. */
    private static final class Kiosk implements WebSocket.Listener {

        private final HttpClient http;
        private final String base;
        private final String cookie;
        private final Map<Integer, Node> nodes = new HashMap<>();
        private final CompletableFuture<String> firstPush = new CompletableFuture<>();
        private String securityKey = "";
        private int syncId;
        private int clientId;
        private WebSocket push;

        private Kiosk(HttpClient http, String base, String cookie) {
            this.http = http;
            this.base = base;
            this.cookie = cookie;
        }

        static Kiosk open(HttpClient http, String base, String question) throws IOException, InterruptedException {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = page.headers().allValues("set-cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie: " + page.headers()));
            Kiosk kiosk = new Kiosk(http, base, cookie);
            kiosk.bootstrap();
            kiosk.navigate("");
            kiosk.click(kiosk.find(n -> "Continue in English".equals(n.attributes.get("aria-label"))));
            int field = kiosk.find(n -> "vaadin-text-field".equals(n.tag) && n.classes.contains("question"));
            ObjectNode value = JSON.createObjectNode().put("type", "mSync").put("node", field).put("feature", 1)
                    .put("property", "value").put("value", question);
            ObjectNode input = JSON.createObjectNode().put("type", "event").put("node", field).put("event", "input");
            kiosk.send(List.of(value, input));
            JsonNode answer = kiosk.click(kiosk.find(n -> n.classes.contains("ask-button")));
            if (!answer.toString().contains("org.passerelle.kiosk.ui.AskView")) {
                throw new IllegalStateException("the question was not answered: " + answer.toString().substring(0,
                        Math.min(500, answer.toString().length())));
            }
            return kiosk;
        }

        private void bootstrap() throws IOException, InterruptedException {
            String details = "&v-sh=1920&v-sw=1080&v-wh=1920&v-ww=1080&v-bh=1920&v-bw=1080&v-curdate="
                    + System.currentTimeMillis() + "&v-tzo=300&v-dstd=60&v-rtzo=300&v-dston=false"
                    + "&v-tzid=America%2FToronto&v-td=true&v-pr=1&v-np=Linux%20x86_64";
            JsonNode init = JSON.readTree(get(base + "?v-r=init&location=&query=" + details));
            JsonNode uidl = init.path("appConfig").path("uidl");
            securityKey = uidl.path("Vaadin-Security-Key").asString();
            absorb(uidl);
            String pushId = uidl.path("Vaadin-Push-ID").asString();
            // The address and parameters Flow's client (AtmospherePushConnection and atmosphere.js) connects with.
            String address = base.replace("http:", "ws:") + "VAADIN/push?v-r=push&v-uiId=0&v-pushId=" + pushId
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                    + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                    + "&Content-Type=" + URLEncoder.encode("application/json; charset=UTF-8", StandardCharsets.UTF_8)
                    + "&X-atmo-protocol=true";
            push = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(address), this).join();
            firstPush.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        }

        boolean pushConnected() {
            return firstPush.isDone() && !firstPush.isCompletedExceptionally() && !push.isInputClosed();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            firstPush.complete(data.toString());
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            firstPush.completeExceptionally(error);
        }

        void close() {
            push.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }

        private void navigate(String route) throws IOException, InterruptedException {
            ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                    .put("trigger", "");
            data.putObject("historyState").put("idx", 0);
            ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
            event.set("data", data);
            send(List.of(event));
        }

        private JsonNode click(int node) throws IOException, InterruptedException {
            ObjectNode data = JSON.createObjectNode();
            for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
                data.put(key, false);
            }
            for (String key : List.of("event.detail", "event.clientX", "event.clientY", "event.button",
                    "event.screenX", "event.screenY")) {
                data.put(key, key.endsWith("detail") ? 1 : 0);
            }
            ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", "click");
            event.set("data", data);
            return send(List.of(event));
        }

        private JsonNode send(List<ObjectNode> rpc) throws IOException, InterruptedException {
            ObjectNode body = JSON.createObjectNode().put("csrfToken", securityKey).put("syncId", syncId)
                    .put("clientId", clientId);
            rpc.forEach(body.putArray("rpc")::add);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0")).timeout(TIMEOUT)
                    .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("UIDL request answered " + response.statusCode() + ": " + text);
            }
            JsonNode uidl = JSON.readTree(text.startsWith("for(;;);") ? text.substring(8) : text);
            uidl = uidl.isArray() ? uidl.get(0) : uidl;
            if (uidl.has("meta") && uidl.path("meta").has("appError")) {
                throw new IllegalStateException("the server reported an error: " + uidl.path("meta"));
            }
            absorb(uidl);
            return uidl;
        }

        private String get(String address) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(address)).timeout(TIMEOUT)
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(address + " answered " + response.statusCode());
            }
            return response.body();
        }

        /** Keeps what the client needs to find elements: tag, attributes (feature 3), class list (feature 11). */
        private void absorb(JsonNode uidl) {
            syncId = uidl.path("syncId").asInt(syncId);
            clientId = uidl.path("clientId").asInt(clientId);
            for (JsonNode change : uidl.path("changes")) {
                Node node = nodes.computeIfAbsent(change.path("node").asInt(), n -> new Node());
                String type = change.path("type").asString();
                int feature = change.path("feat").asInt(-1);
                if ("detach".equals(type)) {
                    nodes.remove(change.path("node").asInt());
                } else if ("put".equals(type) && feature == 0 && "tag".equals(change.path("key").asString())) {
                    node.tag = change.path("value").asString();
                } else if ("put".equals(type) && feature == 3) {
                    node.attributes.put(change.path("key").asString(), change.path("value").asString());
                } else if ("splice".equals(type) && feature == 11) {
                    change.path("add").forEach(c -> node.classes.add(c.asString()));
                }
            }
        }

        private int find(java.util.function.Predicate<Node> which) {
            Optional<Map.Entry<Integer, Node>> found = nodes.entrySet().stream()
                    .filter(e -> which.test(e.getValue())).max(Map.Entry.comparingByKey());
            return found.orElseThrow(() -> new IllegalStateException("element not on the screen")).getKey();
        }
    }

    private static final class Node {
        String tag = "";
        final Map<String, String> attributes = new HashMap<>();
        final Set<String> classes = new LinkedHashSet<>();
    }

    private record Histogram(String text, long bytes, Map<String, long[]> classes) {
    }

    /** The server's live objects: {@code GC.class_histogram} runs a full GC first (twice, to let finalisation end). */
    private static Histogram histogram(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        String text = jcmd(pid, "GC.class_histogram");
        Matcher total = TOTAL.matcher(text);
        if (!total.find()) {
            throw new IllegalStateException("no total in the histogram:\n" + text);
        }
        Map<String, long[]> classes = new HashMap<>();
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                    (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]});
        }
        return new Histogram(text, Long.parseLong(total.group(2)), classes);
    }

    private static String growth(Histogram before, Histogram after, int sessions) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-12s %-10s %s%n", "bytes/session",
                "objects/s", "class"));
        after.classes().entrySet().stream()
                .map(e -> {
                    long[] b = before.classes().getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(60)
                .forEach(e -> s.append(String.format(Locale.ROOT, "%-12d %-10.1f %s%n", e.getValue()[1] / sessions,
                        e.getValue()[0] / (double) sessions, e.getKey())));
        return s.toString();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(Arrays.asList(command.split(" ")));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + text);
        }
        return text;
    }

    private static void awaitStarted(HttpClient http, String base, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped: see target/kiosk-sessions/server.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not start in 5 minutes");
    }

    /** Under exec:java the test class path is the class loader's, not java.class.path (Maven's own). */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
                loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(Path.of(URI.create(url.toString())).toString());
                }
            }
        }
        if (entries.isEmpty() || entries.stream().noneMatch(e -> e.endsWith("test-classes"))) {
            entries.addAll(Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static int intArgument(List<String> a, String name, int otherwise) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? Integer.parseInt(a.get(i + 1)) : otherwise;
    }

    private static String stringArgument(List<String> a, String name, String otherwise) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : otherwise;
    }
}
