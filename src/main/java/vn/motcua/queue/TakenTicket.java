package vn.motcua.queue;

/** A ticket just taken, with how many are ahead of it and the estimated wait in minutes. */
public record TakenTicket(Ticket ticket, int peopleAhead, Integer estimatedWaitMinutes) {
}
