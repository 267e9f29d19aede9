package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// TicketStock: an event's tickets are places to sell like seats: a
// booking service bound to an echo Stripe webhook in another package
// lowers the event's AvailableTickets by the booking's quantity and
// saves the event through its repository interface on every delivery of
// checkout.session.completed, reported. Silent: the same decrement behind
// a compare-and-set of the booking (UPDATE … WHERE status = 'pending')
// whose rows affected gate it.
var _ = cases.Add(webhookdedupe.Analyzer, "TicketStock", "ticketbooking/...")
