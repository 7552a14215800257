package kz.ordo.web.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.boundary.ChecklistService;
import kz.ordo.records.boundary.CommentService;
import kz.ordo.records.boundary.RecordContentService;
import kz.ordo.web.shell.Texts;

import java.io.Serializable;

/**
 * The services behind a card's shared checklist, files and comments tabs ({@link RecordItems}), injected once here
 * instead of into every card bean that only passes them on. Read through the methods: this is a client proxy, whose
 * own fields are empty.
 */
@ApplicationScoped
public class RecordServices implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordContentService contents;

    @Inject
    ChecklistService checklist;

    @Inject
    AttachmentService attachments;

    @Inject
    CommentService comments;

    @Inject
    Texts texts;

    public RecordContentService contents() {
        return contents;
    }

    public ChecklistService checklist() {
        return checklist;
    }

    public AttachmentService attachments() {
        return attachments;
    }

    public CommentService comments() {
        return comments;
    }

    public Texts texts() {
        return texts;
    }
}
