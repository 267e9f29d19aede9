package workers

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/hibiken/asynq"

	"audit13/tickets/domain"
	"audit13/tickets/orders"
	"audit13/tickets/razorpayin"
	"audit13/tickets/store"
	"audit13/tickets/venue"
)

// TaskInstalment collects one instalment of a season-ticket plan.
const TaskInstalment = "plan:instalment"

// Tickets mails e-tickets, keeps venues in sync and collects instalments.
type Tickets struct {
	Orders   *store.Orders
	Mail     *orders.Mailer
	Venue    *venue.Client
	Razorpay *razorpayin.Client
	Log      *slog.Logger
}

// EmailTickets mails the buyer the barcodes of a paid order and tells the
// venue which seats are gone.
func (w *Tickets) EmailTickets(ctx context.Context, t *asynq.Task) error {
	var p struct {
		Ref          string   `json:"ref"`
		VenueEventID string   `json:"venue_event_id"`
		Seats        []string `json:"seats"`
	}
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return asynq.SkipRetry
	}
	o, err := w.Orders.ByRef(ctx, p.Ref)
	if err != nil || o.Status != domain.OrderPaid {
		return err
	}
	codes := make([]string, 0, len(p.Seats))
	for _, s := range p.Seats {
		codes = append(codes, o.Ref+"-"+s)
	}
	if err := w.Mail.SendTickets(o, codes); err != nil {
		return err
	}
	return w.Venue.SyncInventory(ctx, p.VenueEventID, p.Seats)
}

// Instalment collects one season-ticket instalment from a UPI mandate.
func (w *Tickets) Instalment(ctx context.Context, t *asynq.Task) error {
	var p struct{ Ref, CustomerID, TokenID string }
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return asynq.SkipRetry
	}
	o, err := w.Orders.ByRef(ctx, p.Ref)
	if err != nil {
		return err
	}
	paymentID, err := w.Razorpay.ChargeInstalment(ctx, o, p.CustomerID, p.TokenID) // want "\\[idempotency\\] razorpayin.Client.ChargeInstalment \\(razorpay Payment.CreateRecurringPayment\\) is retried by asynq"
	if err != nil {
		return err
	}
	w.Log.Info("instalment collected", "ref", o.Ref, "payment", paymentID)
	return nil
}
