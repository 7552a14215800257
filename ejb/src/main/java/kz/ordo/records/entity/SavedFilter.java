package kz.ordo.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

/** A list filter a person saved under a name (R-REQ-4); the query is the list's own serialised filter. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter extends BaseEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, length = 32, updatable = false)
    private String list;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private String query;

    protected SavedFilter() {
    }

    public SavedFilter(Long userId, String list, String name, String query) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new BusinessException("filter.error.name", 100);
        }
        this.userId = userId;
        this.list = list;
        this.name = n;
        this.query = query;
    }

    public void replace(String newQuery) {
        query = newQuery;
    }

    public Long getUserId() {
        return userId;
    }

    public String getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }
}
