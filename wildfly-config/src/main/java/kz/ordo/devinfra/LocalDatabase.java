package kz.ordo.devinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * An embedded PostgreSQL for local runs and tests. Its data directory survives restarts unless
 * {@code clean} is asked for. Works as root: the binaries run in a user namespace as an unprivileged user.
 */
public final class LocalDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalDatabase.class.getName());

    public static final String DATABASE = "ordo";
    public static final String USER = "ordo";
    public static final String PASSWORD = "ordo";

    private final EmbeddedPostgres postgres;
    private final int port;

    private LocalDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static LocalDatabase start(Path dataDirectory, int port, boolean clean) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        long started = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("max_connections", "120")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC")
                // a text search's bitmap of a common word (170,000 of 1,000,000 requests) stays exact instead of
                // lossy, so its rows are not re-checked page by page (README: settings for a production server)
                .setServerConfig("work_mem", "32MB")
                // per-statement counts and times for docs/bench/statements-per-create.sh (the view lives in the
                // postgres database, so the application's schema stays as Flyway made it)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
        LocalDatabase db = new LocalDatabase(pg, port);
        db.ensureApplicationDatabase();
        LOG.info(() -> String.format("PostgreSQL on port %d ready in %d ms (data: %s)", port,
                (System.nanoTime() - started) / 1_000_000, dataDirectory));
        return db;
    }

    /** Creates the application's login role and database once; later starts find them in place. */
    private void ensureApplicationDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
