package kz.ordo.records.control;

/**
 * How the record-attached items (files, checklists, comments) ask the module that owns a record whether
 * the caller may see or change it. Each module with such records provides one implementation as a CDI bean.
 */
public interface RecordAccess {

    /** The audit type of the records this access speaks for ("Request", "Task", ...). */
    String type();

    /** Refuses (NotFoundException) when the caller may not see the record. */
    void checkVisible(Long id);

    /** Refuses when the caller may not add files or change the checklist (e.g. the record is closed). */
    void checkContributable(Long id);

    /** Whether this person may open the record (a mention notifies only those who can follow its link). */
    boolean visibleTo(Long id, kz.ordo.identity.control.Caller who);

    /** What a notification about the record says (number, title, link), read without the caller's scope. */
    RecordSummary describe(Long id);
}
