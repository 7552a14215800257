package kz.ordo.records.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kz.ordo.records.entity.StoredFile;
import kz.ordo.shared.BusinessException;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The file store every module uses (R-NFR-5). Content lives under a configurable directory outside the web
 * root ({@code ordo.files.dir}), addressed by its SHA-256 ({@code ab/cd/<sha256>}), so the same bytes are
 * kept once. The size limit ({@code ordo.files.maxBytes}) and the accepted content types
 * ({@code ordo.files.allowedTypes}) are server settings (wildfly-config/configure-files.cli); the type is
 * detected from the bytes by Apache Tika, the name only refines it (a .docx is a zip). A file written by a
 * transaction that rolls back is deleted again, so a failed upload leaves nothing behind.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FileStorage {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(FileStorage.class.getName());
    private static final Tika TIKA = new Tika();
    private static final Set<String> DEFAULT_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    public static Path root() {
        String dir = System.getProperty("ordo.files.dir");
        if (dir == null || dir.isBlank()) {
            dir = Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "ordo-files")
                    .toString();
        }
        return Paths.get(dir);
    }

    public static long maxBytes() {
        try {
            return Long.parseLong(System.getProperty("ordo.files.maxBytes", Long.toString(DEFAULT_MAX_BYTES)).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    public static Set<String> allowedTypes() {
        String list = System.getProperty("ordo.files.allowedTypes");
        if (list == null || list.isBlank()) {
            return DEFAULT_TYPES;
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * Keeps the content of an upload and returns its record. Refuses an empty file, one over the limit, or
     * one whose detected type is not accepted; nothing stays on disk in those cases.
     */
    public StoredFile store(InputStream content, String fileName) {
        Path root = root();
        Path temp = null;
        try {
            Files.createDirectories(root.resolve("tmp"));
            temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha);
            if (size == 0) {
                throw new BusinessException("file.error.empty");
            }
            String type;
            try (InputStream in = TikaInputStream.get(temp)) {
                type = TIKA.detect(in, fileName);
            }
            if (!allowedTypes().contains(type)) {
                throw new BusinessException("file.error.type", type);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(root, hash);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                moveIntoPlace(temp, target);
                temp = null;
                deleteOnRollback(target);
            }
            StoredFile known = em.find(StoredFile.class, hash);
            if (known != null) {
                return known;
            }
            em.createNativeQuery("INSERT INTO stored_file (sha256, size, content_type, created_at) VALUES (?1, ?2, ?3, ?4)"
                            + " ON CONFLICT (sha256) DO NOTHING")
                    .setParameter(1, hash).setParameter(2, size).setParameter(3, type)
                    .setParameter(4, java.sql.Timestamp.from(clock.instant()))
                    .executeUpdate();
            return em.find(StoredFile.class, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Streams stored content; the caller has already checked the reader may see the record it belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InputStream open(String sha256) throws IOException {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IOException("not a content address: " + sha256);
        }
        return Files.newInputStream(pathOf(root(), sha256));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean exists(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}") && Files.exists(pathOf(root(), sha256));
    }

    static Path pathOf(Path root, String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private static long copyLimited(InputStream in, Path temp, MessageDigest sha) throws IOException {
        long max = maxBytes();
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    throw new BusinessException("file.error.tooLarge", max / (1024 * 1024));
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(temp);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteOnRollback(Path written) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(written);
                }
            }
        });
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + p, e);
        }
    }
}
