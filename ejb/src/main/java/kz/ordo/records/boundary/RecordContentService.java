package kz.ordo.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kz.ordo.identity.entity.Role;
import kz.ordo.records.control.RecordAccesses;
import kz.ordo.records.control.RecordQueries;
import kz.ordo.records.entity.RecordRef;

/**
 * A record's checklist, files and comments for its card, read in one call: the record's access rule is asked once
 * (each of {@link ChecklistService#list}, {@link AttachmentService#list} and {@link CommentService#list} asks it
 * again for its own part).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class RecordContentService {

    @Inject
    RecordAccesses access;

    @Inject
    RecordQueries queries;

    public RecordContents of(RecordRef owner) {
        access.checkVisible(owner);
        return new RecordContents(queries.checklist(owner), queries.files(owner), queries.comments(owner));
    }
}
