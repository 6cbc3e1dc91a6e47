package org.passerelle.admin.ui;

import com.vaadin.flow.component.Component;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import org.passerelle.site.SiteException;

/**
 * The one way the admin screens word a {@link SiteException}: {@code {0}} says where (the day's name, "Line 3" for
 * a line of the closures, or the field's label), {@code {1}}… are the problem's details, in the screen's language.
 */
final class SiteProblems {

    private SiteProblems() {
    }

    static String message(Component screen, Locale locale, SiteException e,
            Function<SiteException.Field, String> fieldLabel) {
        DayOfWeek day = e.day();
        SiteException.Field field = e.field();
        String where = day != null ? day.getDisplayName(TextStyle.FULL, locale)
                : e.line() > 0 ? screen.getTranslation("admin.site.closures.line", Integer.toString(e.line()))
                : field != null ? fieldLabel.apply(field) : "";
        Object[] arguments = new Object[1 + e.details().size()];
        arguments[0] = where;
        for (int i = 0; i < e.details().size(); i++) {
            arguments[i + 1] = e.details().get(i);
        }
        return screen.getTranslation(e.messageKey(), arguments);
    }
}
