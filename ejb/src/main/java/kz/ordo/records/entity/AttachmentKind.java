package kz.ordo.records.entity;

/** What an attached file is for: the payment guard (R-RULE-6) looks for an invoice and a basis document. */
public enum AttachmentKind {
    INVOICE, BASIS, PHOTO, OTHER
}
