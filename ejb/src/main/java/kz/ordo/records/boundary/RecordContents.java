package kz.ordo.records.boundary;

import kz.ordo.records.entity.Attachment;
import kz.ordo.records.entity.ChecklistItem;
import kz.ordo.records.entity.Comment;

import java.util.List;

/** What a record carries below its own details, as a card shows it: checklist, files (every revision), comments. */
public record RecordContents(List<ChecklistItem> checklist, List<Attachment> files, List<Comment> comments) {
}
