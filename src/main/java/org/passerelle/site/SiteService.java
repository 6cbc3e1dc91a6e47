package org.passerelle.site;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;
import org.passerelle.security.UserService;
import org.passerelle.site.SiteException.Field;
import org.passerelle.site.SiteException.Problem;
import org.passerelle.site.SitesChanged.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites, their hours and desks: the one place every other feature reads them from.
 *
 * <p>Hours questions ({@link #staffed}, {@link #open}, {@link #staffedUntil}, {@link #nextStaffed},
 * {@link #otherWays}) are asked on every availability check, so each site's schedule is kept in memory, parsed
 * once, and forgotten when a site changes ({@code Schedules}). An unknown site is
 * never open or staffed. Changes are for administrators only (checked here whatever screen called); each names the
 * version it started from, and a change made meanwhile by someone else is refused with
 * {@link Problem#CHANGED_BY_SOMEONE_ELSE}, nothing written.
 */
@Service
@Transactional
public class SiteService {

    private static final int NAME_MAX = 100;
    private static final int ADDRESS_MAX = 200;

    private final SiteRepository siteRepository;
    private final DeskRepository deskRepository;
    private final ApplicationEventPublisher events;
    private final Schedules schedules;

    SiteService(SiteRepository siteRepository, DeskRepository deskRepository, ApplicationEventPublisher events,
            Schedules schedules) {
        this.siteRepository = siteRepository;
        this.deskRepository = deskRepository;
        this.events = events;
        this.schedules = schedules;
    }

    // ---- Sites: reading -------------------------------------------------------------------------

    /** Every site, by name. */
    @Transactional(readOnly = true)
    public List<SiteInfo> sites() {
        return siteRepository.findAll().stream().map(Site::info)
                .sorted(Comparator.comparing(SiteInfo::name, String.CASE_INSENSITIVE_ORDER).thenComparing(SiteInfo::id))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<SiteInfo> site(long id) {
        return siteRepository.findById(id).map(Site::info);
    }

    /** Everything about a site, for the administration form. */
    @Transactional(readOnly = true)
    public Optional<SiteDetails> details(long id) {
        return siteRepository.findById(id).map(Site::details);
    }

    /** The site new kiosks belong to (a new installation has only this one). */
    @Transactional(readOnly = true)
    public SiteInfo defaultSite() {
        return siteRepository.findFirstByIsDefaultTrue().map(Site::info)
                .orElseThrow(() -> new IllegalStateException("the default site is missing (migration V7_2 seeds it)"));
    }

    /** The site, or {@link Problem#UNKNOWN_SITE}: for features that must name an existing site. */
    @Transactional(readOnly = true)
    public SiteInfo requireSite(long id) {
        return site(id).orElseThrow(() -> new SiteException(Problem.UNKNOWN_SITE));
    }

    // ---- Hours (from memory) --------------------------------------------------------------------

    /** Whether someone is on duty at the site at {@code at} (its staffed hours, not on a closed date). */
    public boolean staffed(long siteId, Instant at) {
        Schedules.Cached c = cached(siteId);
        return c != null && c.schedule().staffed(at);
    }

    /** Whether the site's doors are open at {@code at}. */
    public boolean open(long siteId, Instant at) {
        Schedules.Cached c = cached(siteId);
        return c != null && c.schedule().open(at);
    }

    /**
     * Whether the site's doors were open at some moment between {@code from} and {@code to} (both included), looking
     * back at most 14 days from {@code to}: a kiosk silent over that time was missed by the people who came.
     */
    public boolean openDuring(long siteId, Instant from, Instant to) {
        Schedules.Cached c = cached(siteId);
        return c != null && c.schedule().openDuring(from, to);
    }

    /**
     * When the staffed period under way at {@code at} ends (continuous across midnight); empty when the site is not
     * staffed at {@code at}. Counting stops 14 days ahead: a site staffed around the clock answers {@code at} + 14 days.
     */
    public Optional<Instant> staffedUntil(long siteId, Instant at) {
        Schedules.Cached c = cached(siteId);
        return c == null ? Optional.empty() : c.schedule().staffedUntil(at);
    }

    /**
     * The first moment from {@code from} on when the site is staffed ({@code from} itself when it is staffed then),
     * in the site's time zone, skipping closed dates; empty if none within 14 days.
     */
    public Optional<ZonedDateTime> nextStaffed(long siteId, Instant from) {
        Schedules.Cached c = cached(siteId);
        return c == null ? Optional.empty() : c.schedule().nextStaffed(from);
    }

    /**
     * The other ways to get help at the site in {@code language}: plain text as the administrator typed it (show it
     * as text, never as markup); empty for an unknown site.
     */
    public String otherWays(long siteId, Language language) {
        Schedules.Cached c = cached(siteId);
        return c == null ? "" : c.otherWays(language);
    }

    private Schedules.@Nullable Cached cached(long siteId) {
        return schedules.get(siteId);
    }

    // ---- Sites: changing (administrators) -------------------------------------------------------

    /** Creates a site. */
    public SiteDetails createSite(SiteForm form) {
        UserService.requireAdmin();
        check(form);
        Site site = siteRepository.saveAndFlush(new Site(form));
        changed(Subject.SITE, site.id());
        return site.details();
    }

    /**
     * Replaces a site's fields with {@code form}.
     *
     * @param version the version the administrator's form was filled from ({@link SiteInfo#version()})
     * @throws SiteException {@code CHANGED_BY_SOMEONE_ELSE} when the site was saved meanwhile (nothing written), or
     *                       the first problem with the form
     */
    public SiteDetails updateSite(long id, long version, SiteForm form) {
        UserService.requireAdmin();
        Site site = siteRepository.findById(id).orElseThrow(() -> new SiteException(Problem.UNKNOWN_SITE));
        // A stale form is told first: fixing its other problems would be wasted work.
        requireVersion(site.version(), version);
        check(form);
        site.apply(form);
        try {
            siteRepository.saveAndFlush(site);
        } catch (OptimisticLockingFailureException e) {
            throw new SiteException(Problem.CHANGED_BY_SOMEONE_ELSE);
        }
        changed(Subject.SITE, id);
        return site.details();
    }

    /**
     * Deletes a site that no kiosk belongs to and no local desk serves; remote desks stop covering it, and one that
     * covers only this site refuses it (it would cover nothing). The default site stays. A refusal names the desk.
     */
    public void deleteSite(long id, long version) {
        UserService.requireAdmin();
        Site site = siteRepository.findById(id).orElseThrow(() -> new SiteException(Problem.UNKNOWN_SITE));
        requireVersion(site.version(), version);
        if (site.isDefault()) {
            throw new SiteException(Problem.DEFAULT_SITE);
        }
        List<Desk> covering = deskRepository.findAll().stream().filter(d -> d.info().siteIds().contains(id)).toList();
        for (Desk desk : covering) {
            if (desk.info().kind() == DeskKind.LOCAL) {
                throw new SiteException(Problem.SITE_HAS_LOCAL_DESK, null, desk.info().name());
            }
        }
        for (Desk desk : covering) {
            DeskInfo d = desk.info();
            if (!d.coversAll() && d.siteIds().size() == 1) {
                throw new SiteException(Problem.SITE_IS_ONLY_SITE_OF_REMOTE_DESK, null, d.name());
            }
        }
        covering.forEach(desk -> desk.forget(id));
        try {
            deskRepository.flush();
            siteRepository.delete(site);
            siteRepository.flush();
        } catch (DataIntegrityViolationException e) {
            // The kiosk table's foreign key is the rule: it holds even for a kiosk placed here a moment ago.
            throw new SiteException(Problem.SITE_HAS_KIOSKS);
        } catch (OptimisticLockingFailureException e) {
            throw new SiteException(Problem.CHANGED_BY_SOMEONE_ELSE);
        }
        changed(Subject.SITE, id);
    }

    /**
     * The rules of a site, in the order of the form: the first problem found is the one told. Texts are stored as
     * text (markup is harmless, shown as typed) but control characters are refused ({@link PlainText}).
     */
    private static void check(SiteForm form) {
        checkName(form.name());
        if (form.address().strip().length() > ADDRESS_MAX) {
            throw SiteException.in(Field.ADDRESS, Problem.ADDRESS_TOO_LONG);
        }
        plain(form.address(), Field.ADDRESS, false);
        zone(form.zone());
        if (form.staffLanguages().isEmpty()) {
            throw new SiteException(Problem.NO_STAFF_LANGUAGE);
        }
        form.staffed().requireWithin(form.opening());
        Set<java.time.LocalDate> dates = new HashSet<>();
        for (Closure c : form.closures()) {
            if (!dates.add(c.date())) {
                throw SiteException.in(Field.CLOSURES, Problem.INVALID_CLOSURE);
            }
            c.check();
        }
        if (dates.size() > Closure.MAX) {
            throw SiteException.in(Field.CLOSURES, Problem.TOO_MANY_CLOSURES, Integer.toString(Closure.MAX));
        }
        checkOtherWays(form.otherWaysEn(), Field.OTHER_WAYS_EN);
        checkOtherWays(form.otherWaysFr(), Field.OTHER_WAYS_FR);
    }

    private static void checkName(String name) {
        if (name.isBlank() || name.strip().length() > NAME_MAX) {
            throw SiteException.in(Field.NAME, Problem.INVALID_NAME);
        }
        plain(name, Field.NAME, false);
    }

    private static void checkOtherWays(String text, Field field) {
        if (text.isBlank()) {
            throw SiteException.in(field, Problem.NO_OTHER_WAYS);
        }
        if (text.strip().length() > SiteForm.OTHER_WAYS_MAX) {
            throw SiteException.in(field, Problem.OTHER_WAYS_TOO_LONG);
        }
        plain(text, field, true);
    }

    private static void plain(String text, Field field, boolean multiline) {
        if (PlainText.hasControlCharacters(text.strip(), multiline)) {
            throw SiteException.in(field, Problem.CONTROL_CHARACTERS);
        }
    }

    /**
     * A region time zone by its id ({@code America/Toronto}); refuses an unknown one and fixed offsets such as
     * {@code -05:00}, {@code UTC} or {@code Etc/GMT+5}, which would be wrong half the year. A place without daylight
     * saving time is still a region with a history of changes ({@code America/Regina}), so it is accepted.
     */
    public static ZoneId zone(String id) {
        String z = id.strip();
        if (!ZoneId.getAvailableZoneIds().contains(z)) {
            throw new SiteException(Problem.UNKNOWN_ZONE);
        }
        try {
            ZoneId zone = ZoneId.of(z);
            if (zone.getRules().isFixedOffset()) {
                throw new SiteException(Problem.UNKNOWN_ZONE);
            }
            return zone;
        } catch (DateTimeException e) {
            throw new SiteException(Problem.UNKNOWN_ZONE);
        }
    }

    /** Canada's time zones, east to west: listed first where an administrator picks a zone. */
    private static final List<String> CANADIAN_ZONES = List.of("America/St_Johns", "America/Halifax", "America/Glace_Bay",
            "America/Moncton", "America/Goose_Bay", "America/Blanc-Sablon", "America/Toronto", "America/Iqaluit",
            "America/Atikokan", "America/Winnipeg", "America/Rankin_Inlet", "America/Resolute", "America/Regina",
            "America/Swift_Current", "America/Edmonton", "America/Cambridge_Bay", "America/Inuvik", "America/Creston",
            "America/Dawson_Creek", "America/Fort_Nelson", "America/Whitehorse", "America/Dawson", "America/Vancouver");

    /** The time zones {@link #zone} accepts, Canada's first (east to west), then every other region by name. */
    public static List<String> zoneChoices() {
        Set<String> available = ZoneId.getAvailableZoneIds();
        List<String> canadian = CANADIAN_ZONES.stream().filter(available::contains).toList();
        return java.util.stream.Stream.concat(canadian.stream(), available.stream()
                .filter(z -> !canadian.contains(z) && !ZoneId.of(z).getRules().isFixedOffset()).sorted()).toList();
    }

    // ---- Desks ----------------------------------------------------------------------------------

    /** Every desk, by name. */
    @Transactional(readOnly = true)
    public List<DeskInfo> desks() {
        return deskRepository.findAll().stream().map(Desk::info)
                .sorted(Comparator.comparing(DeskInfo::name, String.CASE_INSENSITIVE_ORDER).thenComparing(DeskInfo::id))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<DeskInfo> desk(long id) {
        return deskRepository.findById(id).map(Desk::info);
    }

    /** The desks that serve the kiosks of {@code siteId}: its local desk(s) and the remote desks covering it. */
    @Transactional(readOnly = true)
    public List<DeskInfo> desksCovering(long siteId) {
        return desks().stream().filter(d -> d.covers(siteId)).toList();
    }

    public DeskInfo createDesk(DeskForm form) {
        UserService.requireAdmin();
        check(form);
        Desk desk = deskRepository.saveAndFlush(new Desk(form));
        changed(Subject.DESK, desk.id());
        return desk.info();
    }

    /** Replaces a desk's fields; {@code version} as for {@link #updateSite}. */
    public DeskInfo updateDesk(long id, long version, DeskForm form) {
        UserService.requireAdmin();
        Desk desk = deskRepository.findById(id).orElseThrow(() -> new SiteException(Problem.UNKNOWN_DESK));
        requireVersion(desk.version(), version);
        check(form);
        desk.apply(form);
        try {
            deskRepository.saveAndFlush(desk);
        } catch (OptimisticLockingFailureException e) {
            throw new SiteException(Problem.CHANGED_BY_SOMEONE_ELSE);
        }
        changed(Subject.DESK, id);
        return desk.info();
    }

    public void deleteDesk(long id, long version) {
        UserService.requireAdmin();
        Desk desk = deskRepository.findById(id).orElseThrow(() -> new SiteException(Problem.UNKNOWN_DESK));
        requireVersion(desk.version(), version);
        try {
            deskRepository.delete(desk);
            deskRepository.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new SiteException(Problem.CHANGED_BY_SOMEONE_ELSE);
        }
        changed(Subject.DESK, id);
    }

    private void check(DeskForm form) {
        checkName(form.name());
        if (form.kind() == DeskKind.LOCAL && (form.coversAll() || form.siteIds().size() != 1)) {
            throw new SiteException(Problem.LOCAL_DESK_NEEDS_ONE_SITE);
        }
        if (form.kind() == DeskKind.REMOTE && !form.coversAll() && form.siteIds().isEmpty()) {
            throw new SiteException(Problem.REMOTE_DESK_NEEDS_SITES);
        }
        for (long siteId : form.siteIds()) {
            if (!siteRepository.existsById(siteId)) {
                throw new SiteException(Problem.UNKNOWN_SITE);
            }
        }
    }

    private static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw new SiteException(Problem.CHANGED_BY_SOMEONE_ELSE);
        }
    }

    private void changed(Subject subject, long id) {
        schedules.forgetAll();
        events.publishEvent(new SitesChanged(subject, id));
    }
}
