package matchgiving

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strconv"

	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

func (s *Server) readEvent(w http.ResponseWriter, r *http.Request) (stripe.Event, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 65536))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, false
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), s.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, false
	}
	return ev, true
}

// matchEvents credits the campaign with the donation and the sponsor's
// match, and sends the donor's tax receipt.
func (s *Server) matchEvents(w http.ResponseWriter, r *http.Request) {
	ev, ok := s.readEvent(w, r)
	if !ok {
		return
	}
	if ev.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	campaign, donationID := pi.Metadata["campaign_id"], pi.Metadata["donation_id"]
	_, err := s.db.ExecContext(ctx, // audit: webhookdedupe: UPDATE campaigns SET raised_pence = raised_pence + $1 credits the campaign total (and the sponsor's match) again on every redelivery of the event; no event-id guard (Exirom: dedupe webhooks; KeyStone: handle idempotently) // want "\\[webhookdedupe\\] webhook handler credits the balance"
		`UPDATE campaigns SET raised_pence = raised_pence + $1, matched_pence = LEAST(match_cap_pence, matched_pence + $1) WHERE id = $2`,
		pi.AmountReceived, campaign)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := s.receipts.Render(ctx, donationID, pi.AmountReceived); err != nil { // want "\\[webhookack\\] webhook handler calls matchgiving.ReceiptClient.Render"
		log.Printf("receipt %s: %v", donationID, err)
	}
	w.WriteHeader(http.StatusOK)
}

// recurringEvents handles monthly card gifts: the event is recorded first
// so a redelivery is acknowledged and skipped, the total is recomputed from
// the donations table, and the receipt goes through the queue.
func (s *Server) recurringEvents(w http.ResponseWriter, r *http.Request) {
	ev, ok := s.readEvent(w, r)
	if !ok {
		return
	}
	if ev.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	res, err := s.db.ExecContext(ctx, `INSERT INTO stripe_events (id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING`, ev.ID, string(ev.Type))
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	campaign, donationID := pi.Metadata["campaign_id"], pi.Metadata["donation_id"]
	if _, err := s.db.ExecContext(ctx, `UPDATE donations SET status = 'paid' WHERE id = $1`, donationID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_, err = s.db.ExecContext(ctx,
		`UPDATE campaigns SET raised_pence = (SELECT COALESCE(SUM(amount_pence), 0) FROM donations WHERE campaign_id = $1 AND status = 'paid') WHERE id = $1`,
		campaign)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	task := asynq.NewTask("receipt:render", []byte(`{"donation_id":"`+donationID+`","amount":`+strconv.FormatInt(pi.AmountReceived, 10)+`}`))
	if _, err := s.queue.EnqueueContext(ctx, task, asynq.TaskID("receipt-"+donationID)); err != nil {
		log.Printf("enqueue receipt %s: %v", donationID, err)
	}
	w.WriteHeader(http.StatusOK)
}
