package kz.ordo.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.entity.Attachment;
import kz.ordo.shared.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/**
 * {@code /files/<attachment id>}: the file's bytes, only if the caller may see the record it belongs to
 * (the service checks); anything else is a 404, whether the file does not exist or is someone else's.
 * Always a download (never rendered inline), with the type detected at upload.
 */
@WebServlet("/files/*")
public class FileDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id = idOf(req.getPathInfo());
        Attachment a;
        try {
            a = attachments.forDownload(id);
        } catch (BusinessException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = attachments.content(a)) {
            resp.setContentType(a.getContentType());
            resp.setContentLengthLong(a.getSize());
            resp.setHeader("Content-Disposition", disposition(a.getName()));
            resp.setHeader("Cache-Control", "private, no-store");
            in.transferTo(resp.getOutputStream());
        } catch (NoSuchFileException e) {
            log("content missing for attachment " + a.getId() + " (" + a.getSha256() + ")");
            resp.sendError(HttpServletResponse.SC_GONE);
        }
    }

    static Long idOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }

    /** An ASCII fallback name and the exact name in RFC 5987 form, for Cyrillic file names. */
    public static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
