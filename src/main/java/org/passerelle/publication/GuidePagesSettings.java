package org.passerelle.publication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param helpGuide the guide that says where to get help in person; every page links to it (none when it is not
 *                  published)
 * @param maxAge    how long a browser or a proxy may keep a page without asking again; after that it asks with the
 *                  page's ETag, and an unchanged page costs a 304. Short, so a publication shows within minutes
 */
@ConfigurationProperties("passerelle.guide-pages")
record GuidePagesSettings(@DefaultValue("help-in-person") String helpGuide, @DefaultValue("5m") Duration maxAge) {
}
