package org.passerelle.kiosk;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.KioskInfo;
import org.passerelle.site.SiteInfo;
import org.passerelle.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kiosk fleet: each kiosk's screen says every {@link FleetSettings#signalEvery()} that it is there and which kind
 * of screen it shows ({@link #seen}); administrators see every registered kiosk, online or not, and an alert for one
 * that went silent while its site was open ({@link #fleet}).
 *
 * <p>A kiosk that starts a new browser session (its server died and it came back on another one, landing on the
 * welcome screen) ends the help requests of its earlier sessions ({@link HandoffService#kioskRestarted}); a kiosk
 * silent for {@link FleetSettings#helpEndsAfter()} ends its open ones ({@link #endRequestsOfSilentKiosks}, every
 * 30 s by {@code FleetWatch}). Both are decided from the database, so any server may do it.
 *
 * <p>Writes are throttled in this server's memory: a kiosk's browser stays on one server (sticky sessions), so this
 * server is the one that hears it. The throttle is checked before any transaction, so a signal that writes nothing
 * costs no database connection.
 */
@Service
@Transactional(readOnly = true)
public class KioskFleet {

    private static final Logger LOG = LoggerFactory.getLogger(KioskFleet.class);

    /** What this server last wrote for a kiosk. */
    private record Written(Instant at, KioskScreenKind screen, String session) {
    }

    private final KioskPresenceRepository presences;
    private final HandoffService handoff;
    private final SiteService sites;
    private final KioskEnrolment enrolment;
    private final FleetSettings settings;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    KioskFleet(KioskPresenceRepository presences, HandoffService handoff, SiteService sites, KioskEnrolment enrolment,
            FleetSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.presences = presences;
        this.handoff = handoff;
        this.sites = sites;
        this.enrolment = enrolment;
        this.settings = settings;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * The kiosk's screen is there and shows {@code screen}. Written at once for a new kind of screen or a new session,
     * otherwise at most every {@link FleetSettings#writeEvery()}. The first word of a later session than the one the
     * kiosk reported from ends the help requests of the earlier ones, in the same transaction.
     *
     * @param kioskId the kiosk the browser is ({@code KioskEnrolment#kioskOf}), never what a citizen typed
     * @return whether it was written (false: throttled)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean seen(String kioskId, BrowserSession session, KioskScreenKind screen) {
        Instant now = clock.instant();
        Written last = written.get(kioskId);
        if (last != null && last.screen() == screen && last.session().equals(session.id())
                && now.isBefore(last.at().plus(settings.writeEvery()))) {
            return false;
        }
        try {
            write(kioskId, session, screen, now);
        } catch (DataIntegrityViolationException e) {
            // another server wrote the kiosk's first row at the same moment (or the kiosk is not registered): once more
            if (handoff.kiosk(kioskId).isEmpty()) {
                throw new IllegalArgumentException("not a registered kiosk: " + kioskId, e);
            }
            write(kioskId, session, screen, now);
        }
        written.put(kioskId, new Written(now, screen, session.id()));
        return true;
    }

    private void write(String kioskId, BrowserSession session, KioskScreenKind screen, Instant now) {
        writing.executeWithoutResult(tx -> {
            Optional<KioskPresence> found = presences.findById(kioskId);
            boolean later = found.map(p -> p.startedBefore(session)).orElse(true);
            KioskPresence presence = found.orElseGet(() -> new KioskPresence(kioskId, session, screen, now));
            if (later) {
                presence.takenOverBy(session);
                List<Long> ended = handoff.kioskRestarted(kioskId, session.id(), session.startedAt());
                if (!ended.isEmpty()) {
                    LOG.info("Kiosk {} started a new session: its earlier help requests {} ended as citizen left",
                            kioskId, ended);
                }
            }
            presence.seen(screen, now);
            presences.saveAndFlush(presence);
        });
    }

    /**
     * Every registered kiosk with its site, when it was last seen, online or not, the kind of screen it shows and
     * whether it needs someone's attention, by id.
     */
    public List<KioskStatus> fleet() {
        Instant now = clock.instant();
        Map<String, KioskPresence> seen = presences.findAll().stream()
                .collect(Collectors.toMap(KioskPresence::kioskId, Function.identity()));
        Map<Long, String> siteNames = sites.sites().stream().collect(Collectors.toMap(SiteInfo::id, SiteInfo::name));
        Map<String, EnrolmentStatus> enrolments = enrolment.statuses();
        return handoff.kiosks().values().stream().sorted(Comparator.comparing(KioskInfo::id)).map(kiosk -> {
            KioskPresence presence = seen.get(kiosk.id());
            String siteName = siteNames.getOrDefault(kiosk.siteId(), "");
            if (presence == null) {
                return new KioskStatus(kiosk.id(), kiosk.name(), kiosk.location(), kiosk.siteId(), siteName, null,
                        false, null, null, false);
            }
            Instant offlineFrom = presence.lastSeenAt().plus(settings.onlineWithin());
            boolean online = now.isBefore(offlineFrom);
            EnrolmentStatus status = enrolments.get(kiosk.id());
            boolean revoked = status != null && status.enrolledAt() == null && status.revokedAt() != null;
            boolean alert = !online && !revoked && sites.openDuring(kiosk.siteId(), offlineFrom, now);
            return new KioskStatus(kiosk.id(), kiosk.name(), kiosk.location(), kiosk.siteId(), siteName,
                    presence.lastSeenAt(), online, presence.screen(), online ? null : offlineFrom, alert);
        }).toList();
    }

    /**
     * The open help requests of every kiosk silent for {@link FleetSettings#helpEndsAfter()} end as "citizen left"
     * ({@link HandoffService#kioskSilent}). A kiosk never heard from (requests made from inside the server) is left
     * alone: its silence says nothing.
     *
     * @return how many requests ended
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int endRequestsOfSilentKiosks() {
        Set<String> open = handoff.kiosksWithOpenRequests();
        if (open.isEmpty()) {
            return 0;
        }
        Instant silentSince = clock.instant().minus(settings.helpEndsAfter());
        int ended = 0;
        for (KioskPresence presence : presences.findAllById(open)) {
            if (presence.lastSeenAt().isBefore(silentSince)) {
                List<Long> requests = handoff.kioskSilent(presence.kioskId(), presence.lastSeenAt());
                if (!requests.isEmpty()) {
                    LOG.info("Kiosk {} silent since {}: its help requests {} ended as citizen left",
                            presence.kioskId(), presence.lastSeenAt(), requests);
                }
                ended += requests.size();
            }
        }
        return ended;
    }
}
