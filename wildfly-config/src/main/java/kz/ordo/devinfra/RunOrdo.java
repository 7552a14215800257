package kz.ordo.devinfra;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The run command's launcher: PostgreSQL (the one named by ORDO_DB_URL, or an embedded one kept under
 * the build folder), a local SMTP server, the provisioned WildFly with the EAR and the demo data; then
 * prints where to log in. Ctrl-C stops everything it started.
 *
 * <p>Arguments: {@code <jboss-home> <ear-file> <work-dir>}.
 */
public final class RunOrdo {

    private static final int HTTP_PORT = 8080;
    static final int EMBEDDED_DB_PORT = 55432;
    private static final int SMTP_PORT = 2525;

    private final List<AutoCloseable> started = new ArrayList<>();
    private Process wildfly;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RunOrdo <jboss-home> <ear-file> <work-dir>");
        }
        new RunOrdo().run(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(),
                Path.of(args[2]).toAbsolutePath());
    }

    private void run(Path jbossHome, Path ear, Path workDir) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "ordo-stop"));
        long t0 = System.nanoTime();
        Files.createDirectories(workDir);

        String dbUrl = System.getenv("ORDO_DB_URL");
        String dbUser = env("ORDO_DB_USER", LocalDatabase.USER);
        String dbPassword = env("ORDO_DB_PASSWORD", LocalDatabase.PASSWORD);
        if (dbUrl == null || dbUrl.isBlank()) {
            LocalDatabase db = LocalDatabase.start(workDir.resolve("postgres"), EMBEDDED_DB_PORT, false);
            started.add(db);
            dbUrl = db.jdbcUrl();
            say("Embedded PostgreSQL started: " + dbUrl + " (data kept in " + workDir.resolve("postgres") + ")");
        } else {
            say("Using PostgreSQL from ORDO_DB_URL: " + dbUrl);
        }

        String smtpHost = System.getenv("ORDO_SMTP_HOST");
        if (smtpHost == null || smtpHost.isBlank()) {
            LocalMailServer mail = LocalMailServer.start(SMTP_PORT);
            started.add(mail);
            mail.saveMessagesTo(workDir.resolve("mail"));
            say("Local SMTP server (GreenMail) on 127.0.0.1:" + SMTP_PORT + "; every email Ordo sends is saved in "
                    + workDir.resolve("mail") + " (.eml)");
        }

        String demoPassword = env("ORDO_DEMO_PASSWORD", "Ordo-Demo-2026");
        String consolePassword = randomPassword();
        addManagementUser(jbossHome, consolePassword);

        Path deployments = jbossHome.resolve("standalone/deployments");
        Files.copy(ear, deployments.resolve("ordo.ear"), StandardCopyOption.REPLACE_EXISTING);

        ProcessBuilder pb = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(), "-b", "127.0.0.1");
        Map<String, String> env = pb.environment();
        env.put("JBOSS_HOME", jbossHome.toString());
        env.put("ORDO_DB_URL", dbUrl);
        env.put("ORDO_DB_USER", dbUser);
        env.put("ORDO_DB_PASSWORD", dbPassword);
        env.putIfAbsent("ORDO_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.putIfAbsent("ORDO_FILES_DIR", workDir.resolve("files").toString());
        // Add to WildFly's default JVM options instead of replacing them.
        env.put("JAVA_OPTS", "-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
                + " -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman"
                + " -Djava.awt.headless=true -Dordo.demo=true -Dordo.demo.password=" + demoPassword);
        pb.redirectErrorStream(true);
        pb.redirectOutput(workDir.resolve("wildfly-console.log").toFile());
        say("Starting WildFly from " + jbossHome + " (console output: " + workDir.resolve("wildfly-console.log") + ")");
        wildfly = pb.start();

        waitForDeployment(deployments);
        String url = "http://127.0.0.1:" + HTTP_PORT + "/ordo/";
        waitForHttp(url + "login.xhtml");

        StringBuilder out = new StringBuilder();
        out.append("\n============================================================\n");
        out.append(" Ordo is running: ").append(url).append('\n');
        out.append(" Started in ").append(Duration.ofNanos(System.nanoTime() - t0).toSeconds()).append(" s\n\n");
        out.append(" Demo logins (password for all: ").append(demoPassword).append("):\n");
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT u.login, string_agg(r.role, ', ' ORDER BY r.role)"
                     + " FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                     + " WHERE u.status = 'ACTIVE' GROUP BY u.login ORDER BY u.login")) {
            while (rs.next()) {
                out.append(String.format("   %-12s %s%n", rs.getString(1), rs.getString(2)));
            }
        }
        out.append("\n WildFly console: http://127.0.0.1:9990  user: ordo-admin  password: ")
                .append(consolePassword).append('\n');
        if (smtpHost == null || smtpHost.isBlank()) {
            out.append(" Emails sent: ").append(workDir.resolve("mail")).append(" (.eml files)\n");
        }
        out.append(" Press Ctrl-C to stop WildFly, PostgreSQL and the mail server.\n");
        out.append("============================================================\n");
        System.out.println(out);
        new CountDownLatch(1).await();
    }

    private static void addManagementUser(Path jbossHome, String password) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jbossHome.resolve("bin/add-user.sh").toString(),
                "-u", "ordo-admin", "-p", password, "-s", "-e")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("add-user.sh failed with exit code " + p.exitValue());
        }
    }

    private void waitForDeployment(Path deployments) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(deployments.resolve("ordo.ear.deployed"))) {
                return;
            }
            if (Files.exists(deployments.resolve("ordo.ear.failed"))) {
                throw new IllegalStateException("Deployment failed; see " + deployments.resolve("ordo.ear.failed")
                        + " and standalone/log/server.log");
            }
            if (!wildfly.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up; see the console log");
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("WildFly did not deploy Ordo within 5 minutes");
    }

    private static void waitForHttp(String url) throws Exception {
        for (int i = 0; i < 120; i++) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " did not answer 200");
    }

    private void stopAll() {
        if (wildfly != null && wildfly.isAlive()) {
            wildfly.descendants().forEach(ProcessHandle::destroy);
            wildfly.destroy();
            try {
                wildfly.onExit().get();
                wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
            } catch (Exception ignored) {
                wildfly.destroyForcibly();
            }
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Could not stop " + started.get(i) + ": " + e);
            }
        }
        System.out.println("Ordo stopped.");
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder("Wf-");
        for (int i = 0; i < 14; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static void say(String line) {
        System.out.println("[ordo] " + line);
    }
}
