// Package billing holds the payment use cases: export checkouts, CSA
// renewals, spoiled-box refunds, M-Pesa settlement and farmer payouts.
package billing

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"time"

	"audit16/farm/store"

	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// ExportService takes payments from export buyers through Stripe.
type ExportService struct {
	orders    *store.Orders
	returnURL string
	pollEvery time.Duration
}

// NewExportService returns an export checkout service.
func NewExportService(orders *store.Orders, returnURL string) *ExportService {
	return &ExportService{orders: orders, returnURL: returnURL, pollEvery: 10 * time.Second}
}

// CreateIntent charges the card the export buyer entered on the checkout
// page; a card that needs 3-D Secure comes back requires_action and the
// page finishes it with the client secret.
func (s *ExportService) CreateIntent(ctx context.Context, o *store.BoxOrder, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(o.AmountMinor),
		Currency:      stripe.String(o.Currency),
		PaymentMethod: stripe.String(paymentMethod),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String(s.returnURL),
		Metadata:      map[string]string{"order_ref": o.Ref},
	}
	params.Context = ctx
	wait := time.Second
	for attempt := 1; ; attempt++ {
		pi, err := paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent.New is retried by a for loop \\(line 45\\) without an idempotency key"
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return nil, err
		}
		if attempt == 3 {
			return nil, err
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// AwaitSettled blocks until an export payment leaves processing: bank
// debits from export buyers can take a while to clear.
func (s *ExportService) AwaitSettled(piID string) (*stripe.PaymentIntent, error) {
	for { // want "\\[pollbound\\] loop polling payment piID has no bound"
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			log.Printf("export: read %s: %v", piID, err)
			time.Sleep(s.pollEvery)
			continue
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled,
			stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, nil
		}
		time.Sleep(s.pollEvery)
	}
}

type settlePayload struct {
	OrderRef string `json:"order_ref"`
	IntentID string `json:"intent_id"`
}

// HandleSettleTask is the asynq handler of "export:settle".
func (s *ExportService) HandleSettleTask(ctx context.Context, t *asynq.Task) error {
	var p settlePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	pi, err := s.AwaitSettled(p.IntentID)
	if err != nil {
		return err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return s.orders.MarkFailed(ctx, p.OrderRef)
	}
	return s.orders.MarkPaid(ctx, p.OrderRef, pi.ID)
}
