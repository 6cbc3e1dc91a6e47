package org.passerelle.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.passerelle.i18n.Messages;
import org.passerelle.knowledge.Language;

/**
 * When help is next available, as a person says it, in the site's own time zone: "today at 9:00 a.m.", "tomorrow
 * at 1:30 p.m.", "Monday, November 30, at 9:00 a.m."; in French "aujourd’hui à 9 h", "demain à 13 h 30", "lundi
 * 30 novembre à 9 h" (the 24-hour clock and "h", as Canadian French writes the time).
 */
final class HelpTimes {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.CANADA);
    private static final DateTimeFormatter FR_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.CANADA_FRENCH);

    private HelpTimes() {
    }

    static String when(ZonedDateTime at, Language language, Clock clock) {
        LocalDate today = clock.instant().atZone(at.getZone()).toLocalDate();
        String time = time(at, language);
        LocalDate day = at.toLocalDate();
        if (day.equals(today)) {
            return Messages.get(language, "help.when.today", time);
        }
        if (day.equals(today.plusDays(1))) {
            return Messages.get(language, "help.when.tomorrow", time);
        }
        return Messages.get(language, "help.when.day", (language == Language.FR ? FR_DAY : EN_DAY).format(at), time);
    }

    /** Minutes as said to a person: at least one, rounded up. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    static String time(ZonedDateTime at, Language language) {
        int hour = at.getHour();
        int minute = at.getMinute();
        if (language == Language.FR) {
            return minute == 0 ? hour + " h" : hour + " h " + String.format(Locale.ROOT, "%02d", minute);
        }
        int h12 = hour % 12 == 0 ? 12 : hour % 12;
        return h12 + ":" + String.format(Locale.ROOT, "%02d", minute) + (hour < 12 ? " a.m." : " p.m.");
    }
}
