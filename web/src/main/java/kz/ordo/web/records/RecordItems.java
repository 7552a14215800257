package kz.ordo.web.records;

import kz.ordo.records.boundary.RecordContents;
import kz.ordo.records.control.FileStorage;
import kz.ordo.records.entity.Attachment;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.ChecklistItem;
import kz.ordo.records.entity.Comment;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.BusinessException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;

/**
 * What every record's card shows below its own details — checklist, files, comments — for the shared tabs
 * in {@code WEB-INF/includes/record-tabs.xhtml}. The card bean creates one for its record; the services
 * decide access, this only carries the form values and shows refusals.
 */
public class RecordItems implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a card does after a change (reload itself: a new file or comment can change what it shows). */
    public interface Refresh extends Runnable, Serializable {
    }

    /** Whether files and checklist may still change (the record is not closed). */
    public interface Open extends BooleanSupplier, Serializable {
    }

    private final RecordRef ref;
    private final RecordServices services;
    private final Refresh onChange;
    private final Open open;
    private List<ChecklistItem> checklistItems;
    private List<Attachment> files;
    private List<Comment> commentList;
    private String newItem;
    private String newComment;
    private java.util.Map<String, String> commentTemplates;
    private String templateCode;
    private AttachmentKind uploadKind = AttachmentKind.OTHER;

    public RecordItems(RecordRef ref, RecordServices services, Open open, Refresh onChange) {
        this.ref = ref;
        this.services = services;
        this.open = open;
        this.onChange = onChange;
        reload();
    }

    public final void reload() {
        RecordContents now = services.contents().of(ref);
        checklistItems = now.checklist();
        files = now.files();
        commentList = now.comments();
    }

    private boolean perform(Runnable change, String doneKey) {
        try {
            change.run();
            if (doneKey != null) {
                services.texts().info(doneKey);
            }
            return true;
        } catch (BusinessException e) {
            services.texts().error(e);
            return false;
        } finally {
            onChange.run();
        }
    }

    public void addItem() {
        if (perform(() -> services.checklist().add(ref, newItem), null)) {
            newItem = null;
        }
    }

    public void tick(ChecklistItem item) {
        perform(() -> services.checklist().tick(item.getId(), item.getVersion(), !item.isDone()), null);
    }

    public void move(ChecklistItem item, int delta) {
        perform(() -> services.checklist().move(item.getId(), item.getVersion(), delta), null);
    }

    public void removeItem(ChecklistItem item) {
        perform(() -> services.checklist().remove(item.getId(), item.getVersion()), null);
    }

    /** The comment templates (R-COM-3) in the reader's language, filled for this record. */
    public java.util.Map<String, String> getCommentTemplates() {
        if (commentTemplates == null) {
            commentTemplates = services.comments().templates(ref);
        }
        return commentTemplates;
    }

    /** Puts the chosen template's text into the comment box, before anything already typed there. */
    public void applyTemplate() {
        String t = templateCode == null ? null : getCommentTemplates().get(templateCode);
        if (t != null) {
            newComment = newComment == null || newComment.isBlank() ? t : t + newComment;
        }
        templateCode = null;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public void addComment() {
        Comment[] added = new Comment[1];
        if (perform(() -> added[0] = services.comments().add(ref, newComment), "comment.added")) {
            newComment = null;
            java.util.Set<String> missed = added[0].getNotNotified();
            if (!missed.isEmpty()) {
                services.texts().warn("comment.notNotified", "@" + String.join(", @", missed));
            }
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        AttachmentKind kind = uploadKind;
        perform(() -> {
            try (InputStream in = file.getInputStream()) {
                services.attachments().upload(ref, file.getFileName(), kind, in);
            } catch (IOException e) {
                throw new BusinessException("file.error.read");
            }
        }, "file.uploaded");
    }

    /** The comment's text as safe HTML, with the @mentions that reached someone highlighted. */
    public String html(Comment c) {
        StringBuilder b = new StringBuilder();
        for (char ch : c.getBody().toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        java.util.Set<String> reached = new java.util.HashSet<>();
        c.getMentions().forEach(u -> reached.add(u.getLogin().toLowerCase(java.util.Locale.ROOT)));
        return Comment.MENTION.matcher(b).replaceAll(r -> {
            String login = Comment.loginOf(r.group(1));
            String tail = r.group(1).substring(login.length());
            String shown = reached.contains(login.toLowerCase(java.util.Locale.ROOT))
                    ? "<span class=\"ordo-mention\">@" + login + "</span>" + tail : "@" + login + tail;
            return Matcher.quoteReplacement(shown);
        });
    }

    public boolean isContributable() {
        return open.getAsBoolean();
    }

    public int getDoneCount() {
        return (int) checklistItems.stream().filter(ChecklistItem::isDone).count();
    }

    public AttachmentKind[] getKinds() {
        return AttachmentKind.values();
    }

    public long getMaxUploadBytes() {
        return FileStorage.maxBytes();
    }

    public List<ChecklistItem> getChecklistItems() {
        return checklistItems;
    }

    public List<Attachment> getFiles() {
        return files;
    }

    public List<Comment> getComments() {
        return commentList;
    }

    public String getNewItem() {
        return newItem;
    }

    public void setNewItem(String newItem) {
        this.newItem = newItem;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public AttachmentKind getUploadKind() {
        return uploadKind;
    }

    public void setUploadKind(AttachmentKind uploadKind) {
        this.uploadKind = uploadKind;
    }
}
