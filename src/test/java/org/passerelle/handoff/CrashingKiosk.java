package org.passerelle.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.Application;
import org.passerelle.knowledge.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;

/**
 * The process {@link RestartDurabilityTest} kills. It starts the application with the arguments given and leaves a
 * waiting request and a live conversation in the database; then {@value #KIOSKS} kiosks ask for help and
 * {@value #AGENTS} agents claim, write and take notes, all at once and without pause. Each call that returned is
 * printed as an {@value #ACK} line (so the test knows what the process was told is saved); once {@value #ACKS_BEFORE_READY}
 * have been, it prints {@value #READY} and the two ids, and the writers go on until the test kills the process. It
 * ends by itself after a minute, should the test that started it be gone.
 */
public final class CrashingKiosk {

    static final String READY = "READY";
    static final String ACK = "ACK";
    static final String KIOSK = "crash-test-kiosk";
    static final String QUESTION = "How do I renew my passport?";
    static final List<String> CHAT = List.of("Hello, I am Alice from the front desk.", "Thank you, I am at kiosk 3",
            "I am coming to you now.");
    static final String NOTE = "Adult renewal, has the old passport with them";
    static final String BUSY_KIOSK = "crash-busy-";
    static final int KIOSKS = 50;
    static final int AGENTS = 10;
    static final int ACKS_BEFORE_READY = 300;

    /** What an {@value #ACK} line says was saved. */
    enum Saved {
        REQUEST,
        CLAIM,
        MESSAGE,
        NOTE
    }

    private CrashingKiosk() {
    }

    public static void main(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(Application.class, Writer.class);
        application.run(args);
        Thread.sleep(60_000);
        System.exit(1);
    }

    /** Not a component (component scanning must never find it in other tests): a source of this process only. */
    static final class Writer implements ApplicationRunner {

        private final HandoffService handoff;
        private final AtomicInteger acks = new AtomicInteger();
        private final CountDownLatch enough = new CountDownLatch(1);

        Writer(HandoffService handoff) {
            this.handoff = handoff;
        }

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            handoff.registerKiosk(KIOSK, "Kiosk 3", "Main library, ground floor");
            TestAgents.onDuty(handoff, "alice");
            for (int a = 0; a < AGENTS; a++) {
                TestAgents.onDuty(handoff, "agent-" + a);
            }
            long waiting = ask(KIOSK, QUESTION);
            long live = ask(KIOSK, QUESTION);
            handoff.claim(live, "alice");
            handoff.agentSays(live, "alice", CHAT.get(0));
            handoff.citizenSays(live, CHAT.get(1));
            handoff.agentSays(live, "alice", CHAT.get(2));
            handoff.note(live, "alice", NOTE);

            List<Thread> writers = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                String kiosk = BUSY_KIOSK + k;
                handoff.registerKiosk(kiosk, "Busy kiosk " + k, "Main library, second floor");
                writers.add(Thread.ofPlatform().unstarted(() -> {
                    for (int n = 0; ; n++) {
                        String question = "question " + n + " at " + kiosk;
                        acknowledge(Saved.REQUEST, ask(kiosk, question), question);
                    }
                }));
            }
            for (int a = 0; a < AGENTS; a++) {
                String agent = "agent-" + a;
                writers.add(Thread.ofPlatform().unstarted(() -> {
                    for (int n = 0; ; n++) {
                        work(agent, n);
                    }
                }));
            }
            writers.forEach(Thread::start);
            enough.await();
            // Every call above has returned, so its transaction has committed; the writers go on meanwhile.
            print(READY + " " + waiting + " " + live);
        }

        /** One pass of an agent: the first waiting request it wins is claimed, answered and noted. */
        private void work(String agent, int n) {
            for (HelpRequestSummary open : handoff.openRequests()) {
                if (open.status() != HelpStatus.WAITING || !open.kioskId().startsWith(BUSY_KIOSK)) {
                    continue;
                }
                try {
                    handoff.claim(open.id(), agent);
                } catch (HandoffException lost) {
                    continue; // another agent won it
                }
                acknowledge(Saved.CLAIM, open.id(), agent);
                String message = "message " + n + " from " + agent;
                handoff.agentSays(open.id(), agent, message);
                acknowledge(Saved.MESSAGE, open.id(), message);
                String note = "note " + n + " by " + agent;
                handoff.note(open.id(), agent, note);
                acknowledge(Saved.NOTE, open.id(), note);
                return;
            }
        }

        private long ask(String kiosk, String question) {
            return handoff.requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                    List.of(new TranscriptLine(Speaker.CITIZEN, question)))).id();
        }

        private void acknowledge(Saved what, long id, String detail) {
            print(ACK + " " + what + " " + id + " " + detail);
            if (acks.incrementAndGet() == ACKS_BEFORE_READY) {
                enough.countDown();
            }
        }

        private static void print(String line) {
            synchronized (System.out) {
                System.out.println(line);
                System.out.flush();
            }
        }
    }
}
