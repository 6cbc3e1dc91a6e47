package org.passerelle.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** The bus in the actuator's {@code info}: this instance's id, whether it listens, and the last event it read. */
@Component
class ClusterInfo implements InfoContributor {

    private final Cluster cluster;

    ClusterInfo(Cluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Cluster.Status status = cluster.status();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("instance", status.instance());
        detail.put("enabled", status.enabled());
        detail.put("connected", status.connected());
        detail.put("lastEventSeen", status.lastEventSeen());
        detail.put("connections", status.connections());
        builder.withDetail("cluster", detail);
    }
}
