package org.passerelle.handoff;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link OnlineHelp#silentCitizens()} every {@code passerelle.webchat.silence-check-every} (15 s): a web chat
 * whose page was closed without "Clear conversation" is shown to its agent as "may have left" within that of
 * {@code may-have-left-after}, and ends within that of {@code left-after}. With several instances, one of them runs
 * each check (operations.JobLocks). Tests run it by hand.
 */
@Component
class OnlineWatch {

    private final OnlineHelp online;

    OnlineWatch(OnlineHelp online) {
        this.online = online;
    }

    @Scheduled(fixedDelayString = "${passerelle.webchat.silence-check-every:15s}",
            initialDelayString = "${passerelle.webchat.silence-check-every:15s}")
    @SchedulerLock(name = "webchat-silence-check", lockAtMostFor = "1m",
            lockAtLeastFor = "${passerelle.webchat.silence-check-held-for:12s}")
    void check() {
        online.silentCitizens();
    }
}
