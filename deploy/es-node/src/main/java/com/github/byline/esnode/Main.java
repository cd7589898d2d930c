package com.github.byline.esnode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts a local Elasticsearch 8 cluster of N nodes (default 1) on
 * 127.0.0.1, one JVM per node, for Byline's tests and for trying Byline on
 * Elasticsearch. Production uses deploy/ (docker-compose, Kubernetes), not
 * this.
 *
 * <pre>
 * java -cp 'target/es-node.jar:target/lib/*' com.github.byline.esnode.Main \
 *     --data DIR [--nodes N] [--http-port P|0] [--transport-port P|0] [--heap 512m]
 *     [--write-queue N] [--wait-status green|yellow] [--cluster NAME] [--log-level warn]
 * </pre>
 *
 * When every node has started and the cluster has formed, one line goes to
 * standard output:
 *
 * <pre>
 * ES_READY {"version":"8.14.3","cluster":"byline-dev","urls":["http://127.0.0.1:9200"],"nodes":[...]}
 * </pre>
 *
 * Nothing else is written to standard output except answers to the control
 * commands read from standard input, one per line: {@code stop I} (SIGTERM,
 * graceful), {@code kill I} (SIGKILL), {@code start I} (same data folder and
 * ports), {@code quit}. Answers: {@code ES_STOPPED I}, {@code ES_STARTED I URL},
 * {@code ES_ERROR text}; an unexpected exit of a node prints
 * {@code ES_EXITED I CODE}. Node logs go to standard error, prefixed with the
 * node name. End of input is ignored; SIGTERM or Ctrl-C stops every node.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("es-node: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (o.child) {
            NodeProcess.run(o);
        } else {
            new Supervisor(o).run();
        }
    }

    /** Command-line options of the supervisor and of one node process. */
    static final class Options {
        static final String USAGE = "usage: es-node --data DIR [--nodes N] [--http-port P|0] [--transport-port P|0]"
                + " [--heap SIZE] [--write-queue N] [--wait-status green|yellow] [--cluster NAME] [--log-level LEVEL]";
        Path data;
        int nodes = 1;
        int httpPort = 9200;
        int transportPort = 9300;
        String heap = "512m";
        int writeQueue = -1;
        String waitStatus = "yellow";
        String cluster = "byline-dev";
        String logLevel = "warn";
        // node process only
        boolean child;
        int index;
        String seeds = "";
        String masters = "";

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--child")) {
                    o.child = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + ": missing value");
                }
                String v = args[++i];
                switch (a) {
                    case "--data" -> o.data = Path.of(v).toAbsolutePath();
                    case "--nodes" -> o.nodes = positive(a, v, 1);
                    case "--http-port" -> o.httpPort = positive(a, v, 0);
                    case "--transport-port" -> o.transportPort = positive(a, v, 0);
                    case "--heap" -> {
                        if (!v.matches("[0-9]+[kmgKMG]")) {
                            throw new IllegalArgumentException("--heap " + v + ": want a size like 512m");
                        }
                        o.heap = v;
                    }
                    case "--write-queue" -> o.writeQueue = positive(a, v, 1);
                    case "--wait-status" -> {
                        if (!v.equals("green") && !v.equals("yellow")) {
                            throw new IllegalArgumentException("--wait-status " + v + ": want green or yellow");
                        }
                        o.waitStatus = v;
                    }
                    case "--cluster" -> o.cluster = v;
                    case "--log-level" -> o.logLevel = v;
                    case "--index" -> o.index = positive(a, v, 0);
                    case "--seeds" -> o.seeds = v;
                    case "--masters" -> o.masters = v;
                    default -> throw new IllegalArgumentException("unknown flag " + a);
                }
            }
            if (o.data == null) {
                throw new IllegalArgumentException("--data is required");
            }
            return o;
        }

        private static int positive(String flag, String v, int min) {
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= 65535) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(flag + " " + v + ": want a number >= " + min);
        }
    }

    /** Starts, watches and stops one JVM per node. */
    static final class Supervisor {
        private final Options o;
        private final Member[] members;
        private final PrintStream out = System.out;
        private volatile boolean quitting;

        Supervisor(Options o) {
            this.o = o;
            this.members = new Member[o.nodes];
        }

        void run() throws Exception {
            Files.createDirectories(o.data);
            int[] http = ports(o.httpPort);
            int[] transport = ports(o.transportPort);
            List<String> seeds = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < o.nodes; i++) {
                seeds.add("127.0.0.1:" + transport[i]);
                names.add("node-" + i);
            }
            for (int i = 0; i < o.nodes; i++) {
                members[i] = new Member(i, names.get(i), http[i], transport[i], String.join(",", seeds), String.join(",", names));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "es-node-shutdown"));
            for (Member m : members) {
                m.start();
            }
            for (Member m : members) {
                if (!m.awaitReady(Duration.ofMinutes(5))) {
                    System.err.println("es-node: " + m.name + " did not start; see its log above");
                    System.exit(1);
                }
            }
            String version = members[0].version;
            waitForHealth(members[0].url());
            StringBuilder urls = new StringBuilder();
            StringBuilder nodes = new StringBuilder();
            for (Member m : members) {
                if (urls.length() > 0) {
                    urls.append(',');
                    nodes.append(',');
                }
                urls.append(quote(m.url()));
                nodes.append("{\"name\":").append(quote(m.name)).append(",\"url\":").append(quote(m.url()))
                        .append(",\"transport\":").append(quote("127.0.0.1:" + m.transportPort))
                        .append(",\"data\":").append(quote(m.dir().toString()))
                        .append(",\"pid\":").append(m.process.pid()).append('}');
            }
            out.println("ES_READY {\"version\":" + quote(version) + ",\"cluster\":" + quote(o.cluster) + ",\"urls\":[" + urls
                    + "],\"nodes\":[" + nodes + "]}");
            out.flush();
            control();
        }

        /** ports returns the base port and the next ones, or free ports when base is 0. */
        private int[] ports(int base) throws IOException {
            int[] p = new int[o.nodes];
            for (int i = 0; i < o.nodes; i++) {
                if (base != 0) {
                    p[i] = base + i;
                    continue;
                }
                try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    p[i] = s.getLocalPort();
                }
            }
            return p;
        }

        private void waitForHealth(String url) throws Exception {
            HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI u = URI.create(url + "/_cluster/health?wait_for_nodes=" + o.nodes + "&wait_for_status=" + o.waitStatus + "&timeout=120s");
            HttpResponse<String> res = c.send(HttpRequest.newBuilder(u).timeout(Duration.ofSeconds(130)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) {
                System.err.println("es-node: cluster health " + res.statusCode() + ": " + res.body());
                System.exit(1);
            }
        }

        /** control reads commands from standard input until quit. */
        private void control() throws Exception {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 0 || f[0].isEmpty()) {
                    continue;
                }
                try {
                    switch (f[0]) {
                        case "quit" -> {
                            System.exit(0);
                            return;
                        }
                        case "stop", "kill", "start" -> {
                            if (f.length != 2) {
                                throw new IllegalArgumentException(f[0] + " needs a node number");
                            }
                            int i = Integer.parseInt(f[1]);
                            if (i < 0 || i >= members.length) {
                                throw new IllegalArgumentException("no node " + i);
                            }
                            Member m = members[i];
                            if (f[0].equals("start")) {
                                m.start();
                                if (!m.awaitReady(Duration.ofMinutes(5))) {
                                    throw new IllegalStateException(m.name + " did not start");
                                }
                                reply("ES_STARTED " + i + " " + m.url());
                            } else {
                                m.stop(f[0].equals("kill"));
                                reply("ES_STOPPED " + i);
                            }
                        }
                        default -> throw new IllegalArgumentException("unknown command " + f[0] + " (stop I, kill I, start I, quit)");
                    }
                } catch (RuntimeException e) {
                    reply("ES_ERROR " + e.getMessage());
                }
            }
            // End of input: keep running until a signal stops the JVM.
            Thread.currentThread().join();
        }

        private synchronized void reply(String s) {
            out.println(s);
            out.flush();
        }

        private void stopAll() {
            quitting = true;
            for (Member m : members) {
                if (m != null) {
                    m.signalStop(false);
                }
            }
            for (Member m : members) {
                if (m != null) {
                    m.awaitExit(Duration.ofSeconds(60));
                }
            }
        }

        /** One node: its JVM, ports and data folder. */
        final class Member {
            final int index;
            final String name;
            final int httpPort;
            final int transportPort;
            final String seeds;
            final String masters;
            volatile Process process;
            volatile CountDownLatch ready;
            /** Whether the current process is being stopped on purpose; one flag per process, so the
             * output thread of a stopped process cannot mistake a restarted node for a crash. */
            volatile AtomicBoolean stopping = new AtomicBoolean();
            volatile String version = "";

            Member(int index, String name, int httpPort, int transportPort, String seeds, String masters) {
                this.index = index;
                this.name = name;
                this.httpPort = httpPort;
                this.transportPort = transportPort;
                this.seeds = seeds;
                this.masters = masters;
            }

            String url() {
                return "http://127.0.0.1:" + httpPort;
            }

            Path dir() {
                return o.data.resolve(name);
            }

            synchronized void start() {
                if (process != null && process.isAlive()) {
                    throw new IllegalStateException(name + " is running");
                }
                List<String> cmd = new ArrayList<>();
                cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                cmd.addAll(List.of("-Xms" + o.heap, "-Xmx" + o.heap, "-XX:+UseG1GC", "-Xss1m",
                        "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + dir(),
                        "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-Djna.nosys=true",
                        "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true",
                        "-Dio.netty.recycler.maxCapacityPerThread=0", "-Dlog4j.shutdownHookEnabled=false",
                        "-Dlog4j2.disable.jmx=true", "-Djava.locale.providers=SPI,COMPAT",
                        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--child",
                        "--data", dir().toString(), "--index", Integer.toString(index), "--nodes", Integer.toString(o.nodes),
                        "--http-port", Integer.toString(httpPort), "--transport-port", Integer.toString(transportPort),
                        "--cluster", o.cluster, "--log-level", o.logLevel, "--seeds", seeds, "--masters", masters));
                if (o.writeQueue > 0) {
                    cmd.addAll(List.of("--write-queue", Integer.toString(o.writeQueue)));
                }
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
                ready = new CountDownLatch(1);
                AtomicBoolean expected = new AtomicBoolean();
                stopping = expected;
                try {
                    process = pb.start();
                } catch (IOException e) {
                    throw new IllegalStateException("start " + name + ": " + e.getMessage(), e);
                }
                Process p = process;
                CountDownLatch r = ready;
                Thread t = new Thread(() -> pump(p, r, expected), name + "-output");
                t.setDaemon(true);
                t.start();
            }

            /** pump forwards the node's output to standard error and watches for its ready line. */
            private void pump(Process p, CountDownLatch r, AtomicBoolean expected) {
                try (BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = br.readLine()) != null) {
                        if (line.startsWith(NodeProcess.READY)) {
                            version = line.substring(NodeProcess.READY.length()).trim().split("\\s+")[0];
                            r.countDown();
                            continue;
                        }
                        System.err.println("[" + name + "] " + line);
                    }
                } catch (IOException e) {
                    // the process is gone
                }
                int code;
                try {
                    code = p.waitFor();
                } catch (InterruptedException e) {
                    return;
                }
                r.countDown();
                if (!expected.get() && !quitting) {
                    reply("ES_EXITED " + index + " " + code);
                    if (o.nodes == 1) {
                        System.err.println("es-node: the node exited with status " + code);
                        Runtime.getRuntime().halt(1);
                    }
                }
            }

            boolean awaitReady(Duration d) throws InterruptedException {
                CountDownLatch r = ready;
                return r.await(d.toMillis(), TimeUnit.MILLISECONDS) && process.isAlive() && !version.isEmpty();
            }

            void signalStop(boolean kill) {
                Process p = process;
                stopping.set(true);
                if (p == null || !p.isAlive()) {
                    return;
                }
                if (kill) {
                    p.destroyForcibly();
                } else {
                    p.destroy();
                }
            }

            void awaitExit(Duration d) {
                Process p = process;
                if (p == null) {
                    return;
                }
                try {
                    if (!p.waitFor(d.toMillis(), TimeUnit.MILLISECONDS)) {
                        p.destroyForcibly().waitFor();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            }

            synchronized void stop(boolean kill) {
                signalStop(kill);
                awaitExit(Duration.ofSeconds(60));
            }
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
