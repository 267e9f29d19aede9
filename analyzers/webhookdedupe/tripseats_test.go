package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// TripSeats: Stripe listeners booking fishing-trip seats take the seats
// left away in the statement on a table given by name (GORM
// gorm.Expr("avail - ?", qty): places left to sell named by what is left
// alone), and debit a stored balance (a gift card's balance - ? through a
// store of another package, a wallet's balance_cents - $1 by constant
// SQL, wl.Balance -= n saved): reported, a second delivery double-books
// the seats or spends the balance twice (real code: tmsapi's
// checkout.session.completed and payment_intent.succeeded). The same
// decrements behind the order's stored state or the event id's unique
// insert, a balance set to a value, a rides_available a customer uses
// up, and a signed-in customer's reservation endpoint taking avail down
// (no webhook) stay silent.
var _ = cases.Add(webhookdedupe.Analyzer, "TripSeats", "tripseats/...")
