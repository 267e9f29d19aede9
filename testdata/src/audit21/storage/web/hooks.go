package web

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit21/storage/db"
	"audit21/storage/gate"
	"audit21/storage/platform"
)

func (s *Server) stripeHook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := platform.StripeEvent(body, r.Header.Get("Stripe-Signature"), s.stripeSecret)
	if err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch ev.Type {
	case stripe.EventTypeCheckoutSessionCompleted:
		var cs stripe.CheckoutSession
		if err := json.Unmarshal(ev.Data.Raw, &cs); err != nil {
			http.Error(w, "bad session", http.StatusBadRequest)
			return
		}
		if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			break
		}
		rental, err := s.q.GetRentalBySession(ctx, cs.ID)
		if err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if err := s.q.ActivateRental(ctx, db.ActivateRentalParams{ID: rental.ID, PaidThrough: time.Now().AddDate(0, 1, 0)}); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/stripe skips signature verification when the secret is empty \\(fails open\\) before db\\.Queries\\.ActivateRental"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if err := s.gate.SyncTenant(ctx, gate.Profile{RentalID: rental.ID, Site: rental.SiteCode, Unit: rental.UnitID, Enabled: true}); err != nil { // want "\\[webhookack\\] webhook handler calls gate\\.Client\\.SyncTenant, which calls an external API"
			s.log.Error("gate sync after move-in", "rental", rental.ID, "err", err)
		}
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			http.Error(w, "bad intent", http.StatusBadRequest)
			return
		}
		invID, err := strconv.ParseInt(pi.Metadata["invoice_id"], 10, 64)
		if err != nil {
			break
		}
		if err := s.q.MarkInvoicePaid(ctx, db.MarkInvoicePaidParams{ID: invID, ProviderRef: pi.ID}); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/stripe skips signature verification when the secret"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	case stripe.EventTypePaymentIntentPaymentFailed:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err == nil {
			_ = s.st.MarkFailedByRef(ctx, pi.ID, "card_failed")
		}
	}
	w.WriteHeader(http.StatusOK)
}
