package kz.ordo.approvals.entity;

import kz.ordo.identity.entity.User;

/** One step of a chain to build: a position, a role or a person, and whether it is an over-limit approval. */
public record Step(int position, String role, User approver, boolean extra) {
}
