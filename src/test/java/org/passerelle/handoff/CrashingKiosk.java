package org.passerelle.handoff;

import java.util.List;
import org.passerelle.Application;
import org.passerelle.knowledge.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;

/**
 * The process {@link RestartDurabilityTest} kills: it starts the application with the arguments given, leaves a
 * waiting request and a live conversation in the database, prints {@value #READY} and the two ids once all is
 * committed, and waits to be killed. It ends by itself after a minute, should the test that started it be gone.
 */
public final class CrashingKiosk {

    static final String READY = "READY";
    static final String KIOSK = "crash-test-kiosk";
    static final String QUESTION = "How do I renew my passport?";
    static final List<String> CHAT = List.of("Hello, I am Alice from the front desk.", "Thank you, I am at kiosk 3",
            "I am coming to you now.");
    static final String NOTE = "Adult renewal, has the old passport with them";

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

        Writer(HandoffService handoff) {
            this.handoff = handoff;
        }

        @Override
        public void run(ApplicationArguments args) {
            handoff.registerKiosk(KIOSK, "Kiosk 3", "Main library, ground floor");
            long waiting = ask();
            long live = ask();
            handoff.claim(live, "alice");
            handoff.agentSays(live, "alice", CHAT.get(0));
            handoff.citizenSays(live, CHAT.get(1));
            handoff.agentSays(live, "alice", CHAT.get(2));
            handoff.note(live, "alice", NOTE);
            // Every call above has returned, so its transaction has committed.
            System.out.println(READY + " " + waiting + " " + live);
            System.out.flush();
        }

        private long ask() {
            return handoff.requestHelp(new NewHelpRequest(KIOSK, Language.EN, HelpReason.ASKED_FOR_PERSON, null, null,
                    List.of(new TranscriptLine(Speaker.CITIZEN, QUESTION)))).id();
        }
    }
}
