package org.passerelle.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedHosts the host names this server answers to ({@code passerelle.allowed-hosts}); a request naming any
 *                     other host in its {@code Host} header is refused with 400, so that a forged header never ends up
 *                     in a redirect ({@code Location: http://evil.example/login})
 * @param metricsToken what a metrics scraper sends as {@code Authorization: Bearer …} to read
 *                     {@code /actuator/prometheus} and {@code /actuator/info} without an account
 *                     ({@code passerelle.metrics-token}); empty: only a signed-in administrator reads them
 */
@ConfigurationProperties("passerelle")
public record SecuritySettings(@DefaultValue({"localhost", "127.0.0.1", "[::1]"}) List<String> allowedHosts,
        @DefaultValue("") String metricsToken) {
}
