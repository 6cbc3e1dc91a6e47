package org.passerelle.handoff;

/**
 * A registered kiosk, as shown to agents: "Kiosk 3 — Main library, ground floor".
 *
 * @param siteId the site it belongs to ({@code site.SiteService#site})
 */
public record KioskInfo(String id, String name, String location, long siteId) {
}
