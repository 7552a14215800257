package kz.ordo.devinfra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark data generator (issue 7): adds a realistic company with years of history to the database of
 * a running Ordo (the run command's embedded PostgreSQL unless ORDO_DB_URL names another) — 2,000 people in
 * 3 cities and 60 departments, 1,000,000 requests, 3,000,000 tasks, 2,000,000 comments, 200,000 invoices,
 * 10,000 budget lines and the audit trail they leave — at {@code -Dgenerate.scale} (1 = those figures).
 * The rows are made inside PostgreSQL by the SQL steps under {@code generate/} (set-based INSERT … SELECT), then
 * vacuumed and analysed; the files the records refer to are written to the file storage directory.
 *
 * <p>Argument: {@code <files-dir>}, the storage directory of the application (ORDO_FILES_DIR wins).
 */
public final class GenerateData {

    private static final List<String> STEPS = List.of("01-company", "02-requests", "03-tasks", "04-comments",
            "05-finance", "06-audit", "07-escalations", "08-finish");
    private static final List<String> TABLES = List.of("org_unit", "app_user", "project", "request", "request_field",
            "task", "task_dependency", "task_reminder", "comment", "attachment", "counterparty", "budget_line", "invoice",
            "invoice_approval", "escalation", "audit_log");

    private GenerateData() {
    }

    public static void main(String[] args) throws Exception {
        String url = RunOrdo.env("ORDO_DB_URL", "jdbc:postgresql://localhost:" + RunOrdo.EMBEDDED_DB_PORT + "/" + LocalDatabase.DATABASE);
        String user = RunOrdo.env("ORDO_DB_USER", LocalDatabase.USER);
        String password = RunOrdo.env("ORDO_DB_PASSWORD", LocalDatabase.PASSWORD);
        Path files = Path.of(RunOrdo.env("ORDO_FILES_DIR", args.length > 0 ? args[0] : "files")).toAbsolutePath();
        String scale = System.getProperty("generate.scale", "1");
        if (!scale.matches("\\d+(\\.\\d+)?") || Double.parseDouble(scale) <= 0 || Double.parseDouble(scale) > 5) {
            throw new IllegalArgumentException("generate.scale must be a number in (0, 5], not " + scale);
        }
        say("Generating at scale " + scale + " into " + url + " (files: " + files + ")");
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SET temp_buffers = '1GB'");
            s.execute("SET work_mem = '256MB'");
            s.execute("SET maintenance_work_mem = '512MB'");
            s.execute("SET synchronous_commit = off");
            s.execute("SET ordo.scale = '" + scale + "'");
            storeFile(c, s, files, "invoice", pdf("Счёт на оплату / Invoice"));
            storeFile(c, s, files, "basis", pdf("Договор (основание) / Contract"));
            storeFile(c, s, files, "result", pdf("Акт выполненных работ / Result"));
            for (String step : STEPS) {
                long t = System.nanoTime();
                s.execute(resource("generate/" + step + ".sql"));
                say(String.format(Locale.ROOT, "  %-12s %6.1f s", step, seconds(t)));
            }
            long t = System.nanoTime();
            for (String table : TABLES) {
                s.execute("VACUUM (ANALYZE) " + table);
            }
            say(String.format(Locale.ROOT, "  %-12s %6.1f s", "vacuum", seconds(t)));
            report(s);
        }
        say(String.format(Locale.ROOT, "Done in %.0f s. Every generated person signs in with the demo password: "
                + "gen-manager-1, gen-executor-1, gen-head-1, gen-finance-1, gen-it-1, gen-contractor-1, …", seconds(t0)));
    }

    /** Writes a file into the content-addressed storage (root/ab/cd/abcd…) and registers it; its hash goes to the steps. */
    private static void storeFile(Connection c, Statement s, Path root, String name, byte[] content)
            throws IOException, SQLException, NoSuchAlgorithmException {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        Path target = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stored_file (sha256, size, content_type, created_at) "
                + "VALUES (?, ?, 'application/pdf', now()) ON CONFLICT (sha256) DO NOTHING")) {
            ps.setString(1, sha);
            ps.setLong(2, content.length);
            ps.executeUpdate();
        }
        s.execute("SET ordo.file_" + name + " = '" + sha + "'");
        s.execute("SET ordo.file_" + name + "_size = '" + content.length + "'");
    }

    /** A one-page PDF showing {@code title} (ASCII in the page, the whole title in the document info). */
    private static byte[] pdf(String title) {
        String ascii = title.replaceAll("[^\\x20-\\x7E]", "").replaceAll("[()\\\\]", "").strip();
        String stream = "BT /F1 18 Tf 72 720 Td (Ordo: " + ascii + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void report(Statement s) throws SQLException {
        say("What the database holds now:");
        for (String table : TABLES) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                say(String.format(Locale.ROOT, "  %-18s %,12d", table, rs.getLong(1)));
            }
        }
        query(s, "Requests by status", "SELECT status, count(*) FROM request GROUP BY status ORDER BY 2 DESC");
        query(s, "Tasks by status", "SELECT status, count(*) FROM task GROUP BY status ORDER BY 2 DESC");
        query(s, "Invoices by status", "SELECT status, count(*) FROM invoice GROUP BY status ORDER BY 2 DESC");
        query(s, "Open and overdue", "SELECT 'open requests', count(*) FROM request WHERE status IN "
                + "('NEW', 'IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'REWORK') UNION ALL "
                + "SELECT 'overdue requests', count(*) FROM request WHERE status IN "
                + "('NEW', 'IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'REWORK') AND deadline < current_date UNION ALL "
                + "SELECT 'open tasks', count(*) FROM task WHERE is_open UNION ALL "
                + "SELECT 'audit rows per month', (count(*) / greatest(1, extract(epoch FROM max(at) - min(at)) / 2629800))::BIGINT "
                + "FROM audit_log");
        query(s, "Database size", "SELECT 'total', pg_size_pretty(pg_database_size(current_database()))");
    }

    private static void query(Statement s, String title, String sql) throws SQLException {
        say(title + ":");
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                say(String.format(Locale.ROOT, "  %-18s %12s", rs.getString(1), rs.getString(2)));
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GenerateData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
