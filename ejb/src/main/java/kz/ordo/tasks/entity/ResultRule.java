package kz.ordo.tasks.entity;

/** What a submitted result must carry besides "what was done" (R-RULE-4, R-TASK-4). */
public enum ResultRule {
    TEXT, FILE, LINK, FILE_OR_LINK;

    public boolean needsFile(boolean hasLink) {
        return this == FILE || (this == FILE_OR_LINK && !hasLink);
    }

    public boolean needsLink(boolean hasFile) {
        return this == LINK || (this == FILE_OR_LINK && !hasFile);
    }
}
