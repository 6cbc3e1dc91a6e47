package org.passerelle.knowledge;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * The content this instance serves, in the actuator's {@code info}: its {@link KnowledgeBase#revision} (the same on
 * every instance once a publication reached them all) and how many guides it has.
 */
@Component
class KnowledgeInfo implements InfoContributor {

    private final KnowledgeService knowledge;

    KnowledgeInfo(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void contribute(Info.Builder builder) {
        KnowledgeBase served = knowledge.current();
        builder.withDetail("content", Map.of("revision", served.revision(), "guides", served.guides().size()));
    }
}
