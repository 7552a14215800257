package kz.ordo.requests.boundary;

/** Fired (synchronously, inside the transaction) when a request is accepted into work: its tasks are planned. */
public record RequestAccepted(Long requestId, Long actorId, String actorLogin) {
}
