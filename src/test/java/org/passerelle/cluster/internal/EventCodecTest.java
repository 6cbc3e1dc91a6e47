package org.passerelle.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.cluster.Broadcast;
import org.passerelle.content.ContentPublished;
import org.passerelle.handoff.AvailabilityChanged;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.KioskChanged;
import org.passerelle.handoff.StaffTyping;
import org.passerelle.kiosk.KioskEnrolmentChanged;
import org.passerelle.knowledge.Language;
import org.passerelle.site.SitesChanged;

/** What one instance writes to the outbox, another reads back as the same event. */
class EventCodecTest {

    private static final Instant AT = Instant.parse("2026-12-03T14:05:06.789Z");

    private final EventCodec codec = new EventCodec();

    /** One of each event that travels, with every component set (a null too, where one may be). */
    private static final List<Broadcast> SAMPLES = List.of(
            new HandoffUpdate(42, "kiosk-1", HandoffUpdate.Kind.GUIDE_SENT, "passport-renewal", 2, Language.FR,
                    AT, AT.plusSeconds(30)),
            new HandoffUpdate(43, "kiosk-2", HandoffUpdate.Kind.CREATED, null, null, Language.EN, AT, null),
            new AvailabilityChanged(AT),
            new StaffTyping(42, "kiosk-1", AT.plusSeconds(5)),
            new KioskChanged("kiosk-3"),
            new KioskEnrolmentChanged("kiosk-4"),
            new SitesChanged(SitesChanged.Subject.DESK, 7),
            new ContentPublished(12));

    @Test
    void every_event_that_travels_reads_back_equal_to_what_was_written() {
        for (Broadcast event : SAMPLES) {
            EventCodec.Encoded written = codec.encode(event);
            assertThat(written.kind()).isEqualTo(event.getClass().getName());
            assertThat(codec.decode(written.kind(), written.payload(), Broadcast.class)).as(written.payload())
                    .isEqualTo(event);
        }
    }

    @Test
    void the_samples_cover_every_event_marked_to_travel() {
        Set<String> marked = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.passerelle").stream()
                .filter(c -> c.isAssignableTo(Broadcast.class) && !c.isInterface())
                .map(JavaClass::getName).collect(Collectors.toSet());
        assertThat(marked).as("events marked to travel").hasSizeGreaterThanOrEqualTo(7);
        assertThat(SAMPLES.stream().map(e -> e.getClass().getName()).collect(Collectors.toSet()))
                .containsAll(marked);
    }

    @Test
    void a_component_added_by_a_newer_instance_is_ignored_by_an_older_one() {
        assertThat(codec.decode(KioskChanged.class.getName(), "{\"kioskId\":\"k\",\"screen\":\"welcome\"}",
                Broadcast.class)).isEqualTo(new KioskChanged("k"));
    }

    @Test
    void a_row_naming_a_class_that_is_not_an_event_of_the_bus_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("java.lang.ProcessBuilder", "{}",
                Broadcast.class));
        assertThatIllegalArgumentException().isThrownBy(() -> codec.decode("org.passerelle.NoSuchEvent", "{}",
                Broadcast.class));
        assertThatIllegalArgumentException().isThrownBy(() -> codec.decode(KioskChanged.class.getName(), "not json",
                Broadcast.class));
    }
}
