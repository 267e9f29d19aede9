package wallet

import "github.com/go-chi/chi/v5"

// Routes mounts the wallet endpoints on the API router.
func (wh *Webhooks) Routes(r chi.Router) {
	r.Post("/webhooks/square/payment-updated", wh.paymentUpdated)
	r.Post("/webhooks/square/v2/payment-updated", wh.paymentUpdatedV2)
	r.Post("/staff/referrals/completed", wh.referralCompleted)
}
