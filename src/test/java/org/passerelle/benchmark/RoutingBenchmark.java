package org.passerelle.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.passerelle.Application;
import org.passerelle.Headless;
import org.passerelle.MutableClock;
import org.passerelle.handoff.AvailabilityChanged;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpAvailability;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.internal.Routing;
import org.passerelle.handoff.internal.Routing.Agent;
import org.passerelle.handoff.internal.Routing.Desk;
import org.passerelle.handoff.internal.Routing.Request;
import org.passerelle.handoff.internal.Routing.Site;
import org.passerelle.knowledge.Language;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Routing under load (issue 11), in two parts.
 *
 * <ol>
 *   <li><b>Simulation</b> of 10 minutes (simulated time, 100 ms steps, seed given) of a network: 50 kiosks on 5 sites
 *       (site 5 has no local desk, site 3 opens its staffed hours at minute 5), 12 agents with mixed desks, languages
 *       and capacities who go busy and away and come back, citizens asking at random (Poisson). The decisions are
 *       those of the application's routing engine ({@link Routing}); the simulation keeps its own truth of who is
 *       where, and checks the engine against it. Agents look at their queue when something changes (as the console
 *       does on push) and when the once-a-second routing tick announces an overflow, take the first request offered
 *       after a reaction time, and claim with the service's rule (offered to them at the moment of the claim, one
 *       winner per request). It prints: requests offered to an agent away or full (must be 0), double claims (0),
 *       agents above capacity (0), the delay from the overflow threshold to the first offer to a remote agent
 *       (within 1 s), and the announced wait against the real wait.</li>
 *   <li><b>Presence change to kiosk update</b>, through the real {@link HandoffService} on a file database: 12
 *       agents on the default site's desks and 50 kiosks following {@link HandoffFeed}; each kiosk asks
 *       {@link HandoffService#availability} again when told, as the kiosk screen does. Measured: from the agent's
 *       status change until the 50th kiosk has its new answer, p50/p95 over the changes.</li>
 * </ol>
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.RoutingBenchmark [-Dexec.args="--seed 11 --changes 200"]</pre>
 */
public final class RoutingBenchmark {

    private static final Instant START = Instant.parse("2026-11-25T15:00:00Z");
    private static final Duration LENGTH = Duration.ofMinutes(10);
    private static final Duration STEP = Duration.ofMillis(100);
    private static final Duration OVERFLOW = Duration.ofMinutes(2);
    private static final Duration DEFAULT_HANDLING = Duration.ofMinutes(5);
    private static final int KIOSKS_PER_SITE = 10;
    private static final double ARRIVALS_PER_SECOND = 1.0 / 5;

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        long seed = Long.parseLong(arg(a, "--seed", "11"));
        int changes = Integer.parseInt(arg(a, "--changes", "200"));
        System.out.printf(Locale.ROOT, "%d cores, seed %d%n", Runtime.getRuntime().availableProcessors(), seed);
        new Simulation(new Random(seed)).run();
        presenceToKiosk(changes);
    }

    // ---- 1. Simulation ----------------------------------------------------------------------------------

    /** The simulation's own truth about an agent. */
    static final class SimAgent {
        final String name;
        final Set<Long> desks;
        final Set<Language> languages;
        final int capacity;
        final Duration reaction;
        PresenceStatus status = PresenceStatus.AVAILABLE;
        Instant nextChange;
        final Set<Long> holding = new HashSet<>();
        /** When each request first appeared in this agent's view of the queue. */
        final Map<Long, Instant> inView = new LinkedHashMap<>();

        SimAgent(String name, Set<Long> desks, Set<Language> languages, int capacity, Duration reaction, Instant first) {
            this.name = name;
            this.desks = desks;
            this.languages = languages;
            this.capacity = capacity;
            this.reaction = reaction;
            this.nextChange = first;
        }

        Agent asRouting() {
            return new Agent(name, desks, languages, status, capacity, holding.size(), status != PresenceStatus.AWAY);
        }

        boolean remote() {
            return desks.contains(99L);
        }
    }

    static final class SimRequest {
        final long id;
        final long site;
        final Language language;
        final Instant created;
        Duration announced = Duration.ZERO;
        Instant claimed;
        Instant closes;
        String agent;
        int claims;
        boolean remoteAtOnceAtThreshold;
        /** The first refresh of the consoles at which it was offered to the remote desks. */
        Instant overflowShown;
        /** At its threshold it still waited and had not gone to the remote desks at once. */
        boolean measurable;
        /** Conversations closed before it was created: the history its estimate had. */
        int historyAtCreation;
        Instant firstRemoteView;

        SimRequest(long id, long site, Language language, Instant created) {
            this.id = id;
            this.site = site;
            this.language = language;
            this.created = created;
        }

        Request asRouting() {
            return new Request(id, site, language, created);
        }
    }

    static final class Simulation {
        final Random random;
        final Map<Long, Desk> desks = new HashMap<>();
        final List<SimAgent> agents = new ArrayList<>();
        final List<SimRequest> requests = new ArrayList<>();
        final List<Long> handled = new ArrayList<>();
        Instant now = START;
        long offeredToAwayOrFull;
        long offersChecked;
        long doubleClaims;
        long aboveCapacity;
        long refused;
        long releasedByAway;
        final List<Long> overflowDelays = new ArrayList<>();

        Simulation(Random random) {
            this.random = random;
            for (long site = 1; site <= 4; site++) {
                desks.put(10 + site, new Desk(10 + site, false, false, Set.of(site)));
            }
            desks.put(99L, new Desk(99, true, true, Set.of()));
            Set<Language> en = EnumSet.of(Language.EN);
            Set<Language> fr = EnumSet.of(Language.FR);
            Set<Language> both = EnumSet.allOf(Language.class);
            agent("l1a", 11, both, 2);
            agent("l1b", 11, en, 1);
            agent("l2a", 12, fr, 1);
            agent("l2b", 12, both, 2);
            agent("l3a", 13, en, 1);
            agent("l3b", 13, both, 1);
            agent("l4a", 14, both, 3);
            agent("l4b", 14, fr, 1);
            agent("r1", 99, both, 3);
            agent("r2", 99, en, 2);
            agent("r3", 99, fr, 2);
            agent("r4", 99, both, 1);
            agents.get(1).status = PresenceStatus.AWAY;
            agents.get(9).status = PresenceStatus.AWAY;
        }

        private void agent(String name, long desk, Set<Language> languages, int capacity) {
            agents.add(new SimAgent(name, Set.of(desk), languages, capacity,
                    Duration.ofMillis(3000 + random.nextInt(7000)), START.plusSeconds(30 + random.nextInt(150))));
        }

        boolean staffed(long site) {
            if (site == 3) {
                return !now.isBefore(START.plus(Duration.ofMinutes(5)));
            }
            return true;
        }

        Routing routing() {
            Map<Long, Site> sites = new HashMap<>();
            for (long site = 1; site <= 5; site++) {
                sites.put(site, new Site(site, staffed(site)));
            }
            return new Routing(sites, desks, agents.stream().map(SimAgent::asRouting).toList(), handlingTime(),
                    OVERFLOW, now);
        }

        Duration handlingTime() {
            if (handled.isEmpty()) {
                return DEFAULT_HANDLING;
            }
            List<Long> last = new ArrayList<>(handled.subList(Math.max(0, handled.size() - 20), handled.size()));
            last.sort(null);
            return Duration.ofMillis(last.get(last.size() / 2));
        }

        List<Request> waiting() {
            return requests.stream().filter(r -> r.claimed == null).map(SimRequest::asRouting).toList();
        }

        void run() {
            Instant end = START.plus(LENGTH);
            long nextId = 1;
            Instant lastTick = now;
            while (now.isBefore(end)) {
                boolean changed = false;
                // citizens ask
                if (random.nextDouble() < ARRIVALS_PER_SECOND * STEP.toMillis() / 1000.0) {
                    int kiosk = random.nextInt(5 * KIOSKS_PER_SITE);
                    long site = kiosk / KIOSKS_PER_SITE + 1;
                    SimRequest request = new SimRequest(nextId++, site, random.nextDouble() < 0.6 ? Language.EN
                            : Language.FR, now);
                    request.historyAtCreation = handled.size();
                    requests.add(request);
                    request.announced = routing().place(request.asRouting(), waiting()).estimatedWait();
                    changed = true;
                }
                // conversations end
                for (SimRequest request : requests) {
                    if (request.closes != null && !request.closes.isAfter(now) && request.agent != null) {
                        agentNamed(request.agent).holding.remove(request.id);
                        handled.add(Duration.between(request.claimed, request.closes).toMillis());
                        request.agent = null;
                        changed = true;
                    }
                }
                // presence changes: available ↔ busy or away; away hands back what the agent held
                for (SimAgent agent : agents) {
                    if (!agent.nextChange.isAfter(now)) {
                        changePresence(agent);
                        changed = true;
                    }
                }
                // the once-a-second routing tick tells the consoles when a request reaches the remote desks
                boolean tick = !now.isBefore(lastTick.plusSeconds(1));
                if (tick) {
                    Routing routing = routing();
                    Instant since = lastTick;
                    changed |= waiting().stream().anyMatch(r -> {
                        Instant at = routing.overflowAt(r);
                        return at.isAfter(since) && !at.isAfter(now);
                    });
                    lastTick = now;
                }
                noteThresholds();
                if (changed) {
                    refreshViews();
                }
                claims();
                now = now.plus(STEP);
            }
            report();
        }

        /** At each request's overflow threshold: whether it had already gone remote at once (then not measured). */
        void noteThresholds() {
            Routing routing = routing();
            for (SimRequest request : requests) {
                Instant threshold = request.created.plus(OVERFLOW);
                if (request.claimed == null && !threshold.isAfter(now) && threshold.isAfter(now.minus(STEP))) {
                    request.remoteAtOnceAtThreshold = routing.overflowAt(request.asRouting()).isBefore(threshold);
                    request.measurable = !request.remoteAtOnceAtThreshold;
                }
            }
        }

        /** What each console shows after a push: the requests offered to the agent now. Checked against the truth. */
        void refreshViews() {
            Routing routing = routing();
            List<Request> waiting = waiting();
            for (Request r : waiting) {
                SimRequest request = requests.get((int) r.id() - 1);
                if (request.overflowShown == null && routing.overflowed(r)) {
                    request.overflowShown = now;
                }
            }
            for (SimAgent agent : agents) {
                List<Request> offers = routing.offers(agent.asRouting(), waiting);
                Set<Long> ids = new HashSet<>();
                for (Request offer : offers) {
                    offersChecked++;
                    if (agent.status != PresenceStatus.AVAILABLE || agent.holding.size() >= agent.capacity) {
                        offeredToAwayOrFull++;
                    }
                    ids.add(offer.id());
                    agent.inView.putIfAbsent(offer.id(), now);
                    SimRequest request = requests.get((int) offer.id() - 1);
                    if (agent.remote() && request.firstRemoteView == null) {
                        request.firstRemoteView = now;
                    }
                }
                agent.inView.keySet().retainAll(ids);
            }
        }

        /** Agents take the first request in their view once their reaction time has passed, with the service's rule. */
        void claims() {
            boolean claimed = false;
            for (SimAgent agent : agents) {
                for (Map.Entry<Long, Instant> seen : agent.inView.entrySet()) {
                    if (seen.getValue().plus(agent.reaction).isAfter(now)) {
                        continue;
                    }
                    SimRequest request = requests.get((int) (long) seen.getKey() - 1);
                    if (request.claimed != null) {
                        continue;
                    }
                    // the claim: offered to this agent at this moment, one winner
                    if (!routing().offered(request.asRouting(), agent.asRouting())) {
                        refused++;
                        continue;
                    }
                    request.claims++;
                    if (request.claims > 1) {
                        doubleClaims++;
                    }
                    request.claimed = now;
                    request.agent = agent.name;
                    request.closes = now.plusMillis(handling());
                    agent.holding.add(request.id);
                    if (agent.holding.size() > agent.capacity) {
                        aboveCapacity++;
                    }
                    claimed = true;
                    break;
                }
            }
            if (claimed) {
                refreshViews();
            }
        }

        /** A conversation: log-normal, median 90 s. */
        long handling() {
            return Math.round(90_000 * Math.exp(0.5 * random.nextGaussian()));
        }

        void changePresence(SimAgent agent) {
            if (agent.status == PresenceStatus.AVAILABLE) {
                double r = random.nextDouble();
                if (r < 0.3) {
                    agent.status = PresenceStatus.BUSY;
                } else if (r < 0.5) {
                    agent.status = PresenceStatus.AWAY;
                    for (long id : agent.holding) {
                        SimRequest request = requests.get((int) id - 1);
                        // back to the queue in its original place (creation time), as HandoffService does
                        request.claimed = null;
                        request.agent = null;
                        request.closes = null;
                        request.claims--;
                        releasedByAway++;
                    }
                    agent.holding.clear();
                }
                agent.nextChange = now.plusSeconds(agent.status == PresenceStatus.AVAILABLE ? 60 + random.nextInt(120)
                        : 20 + random.nextInt(70));
            } else {
                agent.status = PresenceStatus.AVAILABLE;
                agent.nextChange = now.plusSeconds(60 + random.nextInt(120));
            }
        }

        SimAgent agentNamed(String name) {
            return agents.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow();
        }

        void report() {
            List<Long> errors = new ArrayList<>();
            List<Long> errorsWithHistory = new ArrayList<>();
            List<Long> real = new ArrayList<>();
            List<Long> announced = new ArrayList<>();
            for (SimRequest request : requests) {
                if (request.claimed == null) {
                    continue;
                }
                long wait = Duration.between(request.created, request.claimed).toMillis();
                real.add(wait);
                announced.add(request.announced.toMillis());
                errors.add(Math.abs(wait - request.announced.toMillis()));
                if (request.historyAtCreation >= 10) {
                    errorsWithHistory.add(Math.abs(wait - request.announced.toMillis()));
                }
            }
            for (SimRequest request : requests) {
                Instant threshold = request.created.plus(OVERFLOW);
                if (request.measurable) {
                    // the first console refresh at which the remote desks were offered it (or it was taken first)
                    Instant seen = request.overflowShown != null ? request.overflowShown
                            : request.claimed != null ? request.claimed : now;
                    overflowDelays.add(Duration.between(threshold, seen).toMillis());
                }
            }
            long waitingAtEnd = requests.stream().filter(r -> r.claimed == null).count();
            System.out.printf(Locale.ROOT, "%nSimulation: 10 min, 50 kiosks on 5 sites, 12 agents, %d requests (%d claimed, "
                    + "%d still waiting at the end), %d handed back by an agent going away, %d claims refused (no longer "
                    + "offered)%n", requests.size(), real.size(), waitingAtEnd, releasedByAway, refused);
            System.out.printf(Locale.ROOT, "  offers checked %,d; offered to an agent away, busy or full: %d%n",
                    offersChecked, offeredToAwayOrFull);
            System.out.printf(Locale.ROOT, "  double claims: %d; agents above capacity: %d%n", doubleClaims, aboveCapacity);
            System.out.printf(Locale.ROOT, "  overflow: %d requests still waiting for the local desk at the %d s "
                    + "threshold; offered to the remote desks (consoles told) after it: p50 %d ms, max %d ms%n", overflowDelays.size(), OVERFLOW.toSeconds(), percentile(overflowDelays, 50),
                    percentile(overflowDelays, 100));
            System.out.printf(Locale.ROOT, "  real wait p50 %.1f s, p90 %.1f s; announced p50 %.1f s; |announced - real| "
                    + "p50 %.1f s, p90 %.1f s (all %d); with 10+ conversations of history p50 %.1f s, p90 %.1f s (%d)%n",
                    percentile(real, 50) / 1000.0, percentile(real, 90) / 1000.0,
                    percentile(announced, 50) / 1000.0, percentile(errors, 50) / 1000.0, percentile(errors, 90) / 1000.0,
                    errors.size(), percentile(errorsWithHistory, 50) / 1000.0, percentile(errorsWithHistory, 90) / 1000.0,
                    errorsWithHistory.size());
        }
    }

    // ---- 2. Presence change to kiosk update -------------------------------------------------------------

    private static void presenceToKiosk(int changes) throws Exception {
        Path folder = Files.createTempDirectory("routing-benchmark");
        List<String> arguments = new ArrayList<>(Headless.ARGUMENTS);
        arguments.add(Headless.fileDatabase(folder.resolve("db")));
        arguments.add("--logging.level.root=warn");
        // the routing tick is not part of this path: a status change publishes at its commit
        arguments.add("--passerelle.handoff.routing-check-every=1h");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class,
                MutableClock.Config.class).run(arguments.toArray(String[]::new))) {
            HandoffService handoff = context.getBean(HandoffService.class);
            HandoffFeed feed = context.getBean(HandoffFeed.class);
            MutableClock clock = context.getBean(MutableClock.class);
            List<String> kiosks = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                String id = "bench-kiosk-" + k;
                handoff.registerKiosk(id, "Kiosk " + k, "Benchmark library");
                kiosks.add(id);
            }
            List<String> agents = new ArrayList<>();
            for (int a = 0; a < 12; a++) {
                String agent = "bench-agent-" + a;
                handoff.openConsole(agent);
                handoff.serve(agent, TestAgents.allDesks(handoff), a % 3 == 0 ? EnumSet.of(Language.FR)
                        : a % 3 == 1 ? EnumSet.of(Language.EN) : EnumSet.allOf(Language.class));
                agents.add(agent);
            }
            Map<String, HelpAvailability> answers = new ConcurrentHashMap<>();
            List<Long> latencies = new ArrayList<>();
            for (int round = 0; round < changes + 20; round++) {
                String agent = agents.get(round % agents.size());
                PresenceStatus next = handoff.presence(agent).orElseThrow().status() == PresenceStatus.AVAILABLE
                        ? PresenceStatus.AWAY : PresenceStatus.AVAILABLE;
                CountDownLatch told = new CountDownLatch(kiosks.size());
                // each kiosk screen: told by push, asks again (the kiosk screen does it in ui.access, off this thread;
                // here on the committing thread, which is what delays the answer most)
                HandoffFeed.Subscription subscription = feed.subscribeAvailability((AvailabilityChanged change) -> {
                    for (String kiosk : kiosks) {
                        answers.put(kiosk, handoff.availability(kiosk, Language.EN));
                        told.countDown();
                    }
                });
                clock.advance(Duration.ofSeconds(1));
                long start = System.nanoTime();
                handoff.setStatus(agent, next);
                if (!told.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no availability update after 60 s");
                }
                long took = System.nanoTime() - start;
                subscription.cancel();
                if (round >= 20) {
                    latencies.add(took / 1000);
                }
            }
            System.out.printf(Locale.ROOT, "%nPresence change to kiosk update (real service, file database, 50 kiosks ask "
                    + "again, 12 agents): %d changes, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", latencies.size(),
                    percentile(latencies, 50) / 1000.0, percentile(latencies, 95) / 1000.0,
                    percentile(latencies, 100) / 1000.0);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String arg(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
