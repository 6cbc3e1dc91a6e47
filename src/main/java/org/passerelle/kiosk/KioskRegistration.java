package org.passerelle.kiosk;

import org.passerelle.handoff.HandoffService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Registers this kiosk (id, name, location from configuration) so agents know where a request comes from. */
@Component
class KioskRegistration implements ApplicationRunner {

    private final HandoffService handoff;
    private final KioskSettings settings;

    KioskRegistration(HandoffService handoff, KioskSettings settings) {
        this.handoff = handoff;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        handoff.registerKiosk(settings.id(), settings.name(), settings.location());
    }
}
