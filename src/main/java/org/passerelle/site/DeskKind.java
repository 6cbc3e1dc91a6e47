package org.passerelle.site;

/** A desk is a site's own team (LOCAL, exactly one site) or a remote team that covers several sites or all (REMOTE). */
public enum DeskKind {
    LOCAL, REMOTE
}
