package org.passerelle.editor.ui;

import com.vaadin.flow.router.Location;
import org.passerelle.content.ContentKind;

/**
 * The editor's addresses of guides, life events and referrals. A guide is at {@code editor/guide/<id>} as it always
 * was; a life event at {@code editor/life-event/<id>}, a referral at {@code editor/referral/<id>}, on the same screens
 * (the guide editor and the history), which read the kind back from the address.
 */
final class EntryRoutes {

    private EntryRoutes() {
    }

    /** The address segment of one entry of a kind: {@code guide}, {@code life-event}, {@code referral}. */
    static String segment(ContentKind kind) {
        return switch (kind) {
            case GUIDE -> "guide";
            case LIFE_EVENT -> "life-event";
            case REFERRAL -> "referral";
        };
    }

    /** The kind named by an address {@code editor/<segment>/...}; a guide when it names none. */
    static ContentKind kind(Location location) {
        var segments = location.getSegments();
        String segment = segments.size() > 1 ? segments.get(1) : "";
        for (ContentKind kind : ContentKind.values()) {
            if (segment(kind).equals(segment)) {
                return kind;
            }
        }
        return ContentKind.GUIDE;
    }

    /** The editor of an entry, by its key ({@link ContentKind#key}). */
    static String editor(String key) {
        return "editor/" + segment(ContentKind.of(key)) + "/" + ContentKind.id(key);
    }

    static String history(String key) {
        return editor(key) + "/history";
    }

    /** The list of a kind: the guide list is the editor's home, the others have one each. */
    static String list(ContentKind kind) {
        return kind == ContentKind.GUIDE ? "editor" : "editor/" + kind.folder();
    }

    /** The message-key part of a kind: {@code guide}, {@code lifeEvent}, {@code referral}. */
    static String key(ContentKind kind) {
        return switch (kind) {
            case GUIDE -> "guide";
            case LIFE_EVENT -> "lifeEvent";
            case REFERRAL -> "referral";
        };
    }
}
