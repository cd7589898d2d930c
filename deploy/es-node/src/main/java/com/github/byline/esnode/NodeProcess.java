package com.github.byline.esnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.Build;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * One Elasticsearch node in this JVM: the unmodified 8.x server with the
 * transport-netty4 module (HTTP) and the English analyzer. It prints
 * {@link #READY} and the version once HTTP is up, stops gracefully on
 * SIGTERM, and exits when its standard input closes (the supervisor is
 * gone).
 */
final class NodeProcess {
    static final String READY = "ES_NODE_READY ";

    private NodeProcess() {}

    static void run(Main.Options o) throws Exception {
        String name = "node-" + o.index;
        Path home = o.data;
        for (String d : List.of("config", "data", "logs", "modules", "plugins")) {
            Files.createDirectories(home.resolve(d));
        }
        Settings.Builder s = Settings.builder()
                .put("cluster.name", o.cluster)
                .put("node.name", name)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", o.httpPort)
                .put("transport.port", o.transportPort)
                // A development node on a shared machine: never turn indices
                // read-only because the disk of the machine is full of others' data.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("logger.level", o.logLevel);
        // Nothing here reaches the internet: the GeoIP downloader lives in
        // the ingest-geoip module and security, ML and monitoring in x-pack,
        // none of which this node loads (their settings would be rejected
        // as unknown), so there is no switch to turn off.
        if (o.nodes == 1) {
            s.put("discovery.type", "single-node");
        } else {
            s.putList("discovery.seed_hosts", o.seeds.split(","));
            s.putList("cluster.initial_master_nodes", o.masters.split(","));
        }
        if (o.writeQueue > 0) {
            s.put("thread_pool.write.queue_size", o.writeQueue);
        }
        Settings settings = s.build();

        LogConfigurator.configureESLogging();
        LogConfigurator.setNodeName(name);
        LogConfigurator.configureWithoutConfig(settings);

        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"), () -> name);
        Node node = new ClasspathNode(env, List.of(Netty4Plugin.class, EnglishAnalysisPlugin.class));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), name + "-shutdown"));
        node.start();

        HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
        System.out.println(READY + Build.current().version() + " " + http.boundAddress().publishAddress());
        System.out.flush();

        // The supervisor keeps our standard input open; when it closes, the
        // supervisor is gone and so must we be.
        InputStream in = System.in;
        try {
            while (in.read() != -1) {
                // ignore input
            }
        } catch (IOException e) {
            // treated as end of input
        }
        System.exit(0);
    }

    private static void close(Node node) {
        try {
            node.prepareForClose();
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("close node: " + e);
        }
    }
}
