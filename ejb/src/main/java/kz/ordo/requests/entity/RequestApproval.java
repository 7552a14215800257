package kz.ordo.requests.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.approvals.entity.ApprovalStep;
import kz.ordo.approvals.entity.Step;
import kz.ordo.identity.entity.User;

import java.time.Instant;

/** One step of a request's approval chain (from its type's approval rules). */
@Entity
@Table(name = "request_approval")
public class RequestApproval extends ApprovalStep {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private Request request;

    protected RequestApproval() {
    }

    RequestApproval(Request request, Step step) {
        super(step);
        this.request = request;
    }

    @Override
    protected void decide(boolean approved, User by, String text, Instant now) {
        super.decide(approved, by, text, now);
    }

    public Request getRequest() {
        return request;
    }
}
