package org.passerelle.config;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for the connections that stay open: every open kiosk and console holds a push WebSocket for as long
 * as its screen is shown, and with it buffers sized for bulk transfer that a push connection, which carries a few
 * kilobytes now and then, never fills. Measured by {@code KioskSessionsBenchmark} (docs/benchmarks.md, "Kiosk sessions
 * per GB"): 294 KB of heap per kiosk session before, of which 112 KB were these buffers. Message size limits are not
 * changed, only the chunks in which messages are read and written:
 * <ul>
 * <li>Atmosphere's {@code WebSocket} allocates a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize}
 * per connection (Vaadin sets 16384: 48 KB) and never reads or writes them (Atmosphere 3.0 only clears them on close):
 * cut to {@value #ATMOSPHERE_BUFFER}. Vaadin's value takes precedence over servlet init parameters, so it is changed
 * on the framework once Vaadin has created it, before any connection.</li>
 * <li>Tomcat's WebSocket output, encoder and input buffers ({@value #WEBSOCKET_BUFFER_PROPERTY}, 8 KB each, a JVM-wide
 * system property read once): {@value #WEBSOCKET_BUFFER} bytes. A large message goes out in more frames of that size,
 * which browsers and proxies reassemble. Left alone when set on the command line.</li>
 * <li>Tomcat's per-connection socket buffers ({@code socket.appReadBufSize}, {@code socket.appWriteBufSize}, 8 KB
 * each, "decrease this number for an extreme amount of keep-alive connections" in Tomcat's documentation):
 * {@value #SOCKET_BUFFER} bytes; reads and writes of large responses take more, smaller steps.</li>
 * </ul>
 * The incoming message buffers are set in {@code application.properties}
 * ({@code org.apache.tomcat.websocket.textBufferSize}, {@code binaryBufferSize}).
 */
@Component
class PushBuffers implements VaadinServiceInitListener, WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    static final String ATMOSPHERE_BUFFER = "256";
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String WEBSOCKET_BUFFER = "2048";
    static final String SOCKET_BUFFER = "4096";

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        // Before the server is created: Tomcat's WebSocket classes read the property when they are first loaded.
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, WEBSOCKET_BUFFER);
        }
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER);
        });
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        String servlet = service.getServlet().getServletName();
        Object framework = service.getServlet().getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet));
        if (framework instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, ATMOSPHERE_BUFFER);
        } else {
            LOG.warn("Atmosphere is not initialised for servlet {}: push connections keep 48 KB of unused buffers each",
                    servlet);
        }
    }
}
