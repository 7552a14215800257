package kz.ordo.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.entity.Attachment;
import kz.ordo.web.files.FileDownloadServlet;

import java.io.InputStream;

/** {@code GET /api/v1/files/{id}}: a file's bytes, if the caller may see the record it belongs to. */
@Path("v1/files")
public class FileResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") long id) {
        Attachment a = attachments.forDownload(id);
        StreamingOutput body = out -> {
            try (InputStream in = attachments.content(a)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, a.getContentType())
                .header("Content-Disposition", FileDownloadServlet.disposition(a.getName()))
                .header("Content-Length", a.getSize())
                .build();
    }
}
