package razorhooks

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/hibiken/asynq"
	"github.com/razorpay/razorpay-go/utils"
)

// Captured issues and mails the tickets as soon as Razorpay tells us the
// payment was captured.
func (d *Deps) Captured(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), d.Secret) {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	var ev rpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	p := ev.Payload.Payment.Entity
	ctx := r.Context()
	if _, err := d.DB.ExecContext(ctx, // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(paid state stored by sql.DB.ExecContext\\) on every delivery of the event"
		`INSERT INTO tickets (order_id, seat_id, qr) SELECT o.id, s.seat_id, gen_random_uuid() FROM orders o JOIN order_seats s ON s.order_id = o.id WHERE o.razorpay_order_id = $1`,
		p.OrderID); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	pdf, err := d.PDF.Render(ctx, p.OrderID)
	if err == nil {
		_ = d.mailTickets(p.Email, pdf) // want "\\[webhookdedupe\\] webhook handler sends a message" "\\[webhookack\\] webhook handler calls razorhooks.Deps.mailTickets"
	}
	w.WriteHeader(http.StatusOK)
}

// CapturedQueued is the v2 endpoint: it verifies, records the event id
// once, answers, and leaves rendering and mail to a worker.
func (d *Deps) CapturedQueued(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), d.Secret) {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	var ev rpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	eventID := r.Header.Get("X-Razorpay-Event-Id")
	res, err := d.DB.ExecContext(r.Context(),
		`INSERT INTO webhook_events (id, source) VALUES ($1, 'razorpay') ON CONFLICT DO NOTHING`, eventID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	payload, _ := json.Marshal(map[string]string{"order": ev.Payload.Payment.Entity.OrderID, "email": ev.Payload.Payment.Entity.Email})
	if _, err := d.Queue.EnqueueContext(r.Context(), asynq.NewTask("tickets:issue", payload)); err != nil {
		http.Error(w, "queue", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
