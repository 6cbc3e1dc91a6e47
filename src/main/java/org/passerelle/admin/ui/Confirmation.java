package org.passerelle.admin.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The short "saved" or "deleted" confirmation of the /admin screens. It appears at the bottom corner, goes by itself
 * and, being a success notice (see passerelle.css), never takes a click meant for the form's buttons beneath it: an
 * administrator who saves twice in a row is not blocked for three seconds.
 */
final class Confirmation {

    private Confirmation() {
    }

    static void show(String message) {
        Notification shown = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
