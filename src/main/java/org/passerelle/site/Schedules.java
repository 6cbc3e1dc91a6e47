package org.passerelle.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.passerelle.cluster.Relayed;
import org.passerelle.knowledge.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each site's schedule and "other ways" texts, read from the database once and kept in memory: the routing engine
 * asks whether a site is staffed on every availability check. Forgotten when a change commits, and also when it is
 * made, so that the transaction making it reads its own change; a schedule read while a change was under way is
 * not kept (the generation moved). A change made on another instance is forgotten when its relay arrives.
 */
@Component
class Schedules {

    /** A site's schedule and texts, as kept in memory. */
    record Cached(Schedule schedule, String otherWaysEn, String otherWaysFr) {

        String otherWays(Language language) {
            return language == Language.FR ? otherWaysFr : otherWaysEn;
        }
    }

    private final SiteRepository sites;
    private final TransactionTemplate readOnly;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    Schedules(SiteRepository sites, PlatformTransactionManager transactions) {
        this.sites = sites;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The site's schedule, or null for an unknown site. */
    @Nullable Cached get(long siteId) {
        Cached c = cache.get(siteId);
        if (c != null) {
            return c;
        }
        long before = generation.get();
        Cached loaded = readOnly.execute(tx -> sites.findById(siteId)
                .map(s -> new Cached(s.schedule(), s.otherWays(Language.EN), s.otherWays(Language.FR))).orElse(null));
        if (loaded != null && generation.get() == before) {
            cache.putIfAbsent(siteId, loaded);
        }
        return loaded;
    }

    void forgetAll() {
        generation.incrementAndGet();
        cache.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterChange(SitesChanged changed) {
        forgetAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterChangeElsewhere(Relayed<SitesChanged> changed) {
        forgetAll();
    }
}
