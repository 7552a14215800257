package kz.ordo.requests.entity;

/** How a type-specific field is entered, checked and stored (always as a normalised string). */
public enum FieldKind {
    TEXT, LONG_TEXT, INTEGER, DECIMAL, DATE, DATETIME, CHOICE, BOOLEAN
}
