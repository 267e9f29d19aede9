// Package renewals holds the background jobs of subscription renewals,
// registered on the job queues of package queue.
package renewals

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"

	"jobqueuererun/queue"
)

// Jobs holds what the jobs need.
type Jobs struct {
	DB     *sql.DB
	HTTP   *http.Client
	Payout string
	Mailer func(to, subject string) error
}

type renewal struct {
	SubscriptionID string `json:"subscription_id"`
	Customer       string `json:"customer"`
	Amount         int64  `json:"amount"`
}

// Install registers the jobs on the queues.
func (js *Jobs) Install(q *queue.Queue, once *queue.OneShot) {
	q.Register("renewal.charge", js.chargeRenewal)
	q.Register("renewal.charge_keyed", js.chargeRenewalKeyed)
	q.Register("seller.payout", js.payOutSeller)
	q.Register("renewal.receipt", js.mailReceipt)
	q.Register("renewal.charge_logged", js.chargeRenewalLogged)
	once.Handle("renewal.charge_once", js.chargeRenewalOnce)
}

// chargeRenewal charges a renewal with no key: when the answer is lost
// the handler returns the error, the queue runs the job again later and
// stripe-go sends a new random key.
func (js *Jobs) chargeRenewal(ctx context.Context, j queue.Job) error {
	var r renewal
	if err := json.Unmarshal(j.Payload, &r); err != nil {
		return err
	}
	pi, err := paymentintent.New(&stripe.PaymentIntentParams{ // want "stripe paymentintent\\.New is retried by the job queue queue\\.Queue \\(queue\\.go:64\\), which runs the job again when its handler returns an error \\(line 49\\) without an idempotency key: stripe-go adds a new random key"
		Amount: stripe.Int64(r.Amount), Currency: stripe.String("eur"), Customer: stripe.String(r.Customer),
		Confirm: stripe.Bool(true), OffSession: stripe.Bool(true),
	})
	if err != nil {
		return fmt.Errorf("renewal %s: %w", r.SubscriptionID, err)
	}
	_, err = js.DB.ExecContext(ctx, `UPDATE subscriptions SET last_payment = $2 WHERE id = $1`, r.SubscriptionID, pi.ID)
	return err
}

// payOutSeller pays a seller with a key drawn in the handler: every run
// of the job draws another.
func (js *Jobs) payOutSeller(ctx context.Context, j queue.Job) error {
	var p struct {
		SellerID string `json:"seller_id"`
		Amount   int64  `json:"amount"`
	}
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return err
	}
	body, _ := json.Marshal(map[string]any{"seller": p.SellerID, "amount": p.Amount, "currency": "eur"})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, js.Payout+"/v1/payouts", bytes.NewReader(body))
	req.Header.Set("Idempotency-Key", uuid.NewString())
	resp, err := js.HTTP.Do(req) // want "POST /v1/payouts is retried by the job queue queue\\.Queue \\(queue\\.go:64\\), which runs the job again when its handler returns an error \\(line 67\\) with an idempotency key made anew on every attempt"
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("payout: %s", resp.Status)
	}
	return nil
}

// --- silent ---

// chargeRenewalKeyed takes the key from the job's payload: every run of
// the job sends the same key.
func (js *Jobs) chargeRenewalKeyed(ctx context.Context, j queue.Job) error {
	var r renewal
	if err := json.Unmarshal(j.Payload, &r); err != nil {
		return err
	}
	params := &stripe.PaymentIntentParams{Amount: stripe.Int64(r.Amount), Currency: stripe.String("eur"), Customer: stripe.String(r.Customer)}
	params.SetIdempotencyKey("renewal-" + r.SubscriptionID)
	_, err := paymentintent.New(params)
	return err
}

// mailReceipt sends a mail: running it again sends another mail, no
// payment.
func (js *Jobs) mailReceipt(ctx context.Context, j queue.Job) error {
	var r renewal
	if err := json.Unmarshal(j.Payload, &r); err != nil {
		return err
	}
	return js.Mailer(r.Customer, "Your subscription is renewed")
}

// chargeRenewalLogged only logs a failed charge: the job completes and is
// not run again.
func (js *Jobs) chargeRenewalLogged(ctx context.Context, j queue.Job) error {
	var r renewal
	if err := json.Unmarshal(j.Payload, &r); err != nil {
		return err
	}
	if _, err := paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(r.Amount), Currency: stripe.String("eur")}); err != nil {
		log.Printf("renewal %s: %v", r.SubscriptionID, err)
	}
	return nil
}

// chargeRenewalOnce runs on a queue that marks a failed job dead.
func (js *Jobs) chargeRenewalOnce(ctx context.Context, j queue.Job) error {
	var r renewal
	if err := json.Unmarshal(j.Payload, &r); err != nil {
		return err
	}
	_, err := paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(r.Amount), Currency: stripe.String("eur")})
	return err
}

// Workers builds the topic workers: a topic's failed job goes back to
// queued.
func (js *Jobs) Workers() []*queue.Worker {
	return []*queue.Worker{
		queue.NewWorker(js.DB, "topups", func(ctx context.Context, payload []byte) error {
			var t struct {
				Wallet string `json:"wallet"`
				Amount int64  `json:"amount"`
			}
			if err := json.Unmarshal(payload, &t); err != nil {
				return err
			}
			_, err := paymentintent.New(&stripe.PaymentIntentParams{ // want "stripe paymentintent\\.New is retried by the job queue queue\\.Worker \\(queue\\.go:106\\), which runs the job again when its handler returns an error"
				Amount: stripe.Int64(t.Amount), Currency: stripe.String("eur"), Metadata: map[string]string{"wallet": t.Wallet},
			})
			return err
		}),
		queue.NewWorker(js.DB, "topups_keyed", func(ctx context.Context, payload []byte) error {
			var t struct {
				TopupID string `json:"topup_id"`
				Amount  int64  `json:"amount"`
			}
			if err := json.Unmarshal(payload, &t); err != nil {
				return err
			}
			params := &stripe.PaymentIntentParams{Amount: stripe.Int64(t.Amount), Currency: stripe.String("eur")}
			params.SetIdempotencyKey("topup-" + t.TopupID)
			_, err := paymentintent.New(params)
			return err
		}),
	}
}

// Routes sets the dispatcher's routes.
func (js *Jobs) Routes(d *queue.Dispatcher) {
	d.On("refund.issue", js.issueRefund)
	d.On("refund.issue_keyed", js.issueRefundKeyed)
}

// issueRefund refunds with no key; the dispatcher tries a failed job
// again later and stripe-go sends a new random key.
func (js *Jobs) issueRefund(ctx context.Context, j queue.Job) error {
	var p struct {
		PaymentIntent string `json:"payment_intent"`
		Amount        int64  `json:"amount"`
	}
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return err
	}
	_, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(p.PaymentIntent), Amount: stripe.Int64(p.Amount)}) // want "stripe refund\\.New is retried by the job queue queue\\.Dispatcher"
	return err
}

// issueRefundKeyed refunds under the job's refund id.
func (js *Jobs) issueRefundKeyed(ctx context.Context, j queue.Job) error {
	var p struct {
		RefundID      string `json:"refund_id"`
		PaymentIntent string `json:"payment_intent"`
	}
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return err
	}
	params := &stripe.RefundParams{PaymentIntent: stripe.String(p.PaymentIntent)}
	params.SetIdempotencyKey("refund-" + p.RefundID)
	_, err := refund.New(params)
	return err
}
