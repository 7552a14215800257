package kz.ordo.records.entity;

import java.io.Serializable;

/** The record a file, checklist item or comment belongs to: its audit type ("Request", "Task"...) and id. */
public record RecordRef(String type, Long id) implements Serializable {

    public RecordRef {
        if (type == null || type.isBlank() || id == null) {
            throw new IllegalArgumentException("record reference needs a type and an id");
        }
    }
}
