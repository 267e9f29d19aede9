package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// PaidPageR22: a gin gift-card shop's CardPaid, the page its script posts
// to once Stripe.js has confirmed the card, reads the PaymentIntent in a
// helper of another package (keeping only the latest charge's id) and
// books the payment as cleared (a numeric status id) and the order
// through a store sending INSERT … RETURNING id by QueryRow: reported at
// its registration on POST /gift-cards/payment-succeeded. Silent: the
// same page through a helper erring unless the intent succeeded, a
// receipt page writing nothing, a page booking the payment as pending,
// and the same booking from the back office's VirtualTerminalPaymentSucceeded
// (its name says the staff's terminal, and main mounts it under
// /api/admin).
var _ = cases.Add(redirectfulfill.Analyzer, "PaidPageR22", "r22paidpage/...")
