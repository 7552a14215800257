package kz.ordo.web.shell;

import kz.ordo.shared.ExportFormat;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** A table export as a file download: "prefix-2026-12-02.xlsx", written straight into the response. */
public final class Downloads {

    /** Writes the file's bytes (a service's export). */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    public static StreamedContent of(String prefix, LocalDate day, ExportFormat format, Writer writer) {
        return DefaultStreamedContent.builder().name(prefix + "-" + day + "." + format.extension())
                .contentType(format.contentType()).writer(out -> {
                    try {
                        writer.write(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }
}
