package payouts

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/transfer"
)

const (
	TypeTipTransfer = "tip:transfer"
	TypeCancelFee   = "booking:cancel_fee"
	TypeRefundNote  = "refund:notify"
)

// TipPayload is the asynq payload of a tip transfer.
type TipPayload struct {
	TipID       string `json:"tip_id"`
	ProAccount  string `json:"pro_account"`
	AmountCents int64  `json:"amount_cents"`
	Currency    string `json:"currency"`
}

// CancelFeePayload charges a late-cancellation fee.
type CancelFeePayload struct {
	BookingID string `json:"booking_id"`
	Customer  string `json:"customer"`
	Method    string `json:"method"`
	FeeCents  int64  `json:"fee_cents"`
	Currency  string `json:"currency"`
}

// Tasks handles queued money movements.
type Tasks struct {
	log *slog.Logger
}

func NewTasks(log *slog.Logger) *Tasks { return &Tasks{log: log} }

// Register mounts the handlers on an asynq mux.
func (t *Tasks) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TypeTipTransfer, t.handleTip)
	mux.HandleFunc(TypeCancelFee, t.handleCancelFee)
	mux.HandleFunc(TypeRefundNote, t.handleRefundNote)
}

// EnqueueTip queues the transfer of a collected tip to the pro.
func EnqueueTip(ctx context.Context, c *asynq.Client, p TipPayload) error {
	b, _ := json.Marshal(p)
	_, err := c.EnqueueContext(ctx, asynq.NewTask(TypeTipTransfer, b), asynq.Queue("payouts"))
	return err
}

func (t *Tasks) handleTip(ctx context.Context, task *asynq.Task) error {
	var p TipPayload
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return fmt.Errorf("tip payload: %w", err)
	}
	tr, err := transfer.New(&stripe.TransferParams{ // want "\\[idempotency\\] stripe transfer\\.New is retried by asynq, which delivers the task again when"
		Amount:      stripe.Int64(p.AmountCents),
		Currency:    stripe.String(p.Currency),
		Destination: stripe.String(p.ProAccount),
	})
	if err != nil {
		return err
	}
	t.log.Info("tip sent", "tip", p.TipID, "transfer", tr.ID)
	return nil
}

func (t *Tasks) handleCancelFee(ctx context.Context, task *asynq.Task) error {
	var p CancelFeePayload
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return fmt.Errorf("cancel fee payload: %w", err)
	}
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(p.FeeCents),
		Currency:      stripe.String(p.Currency),
		Customer:      stripe.String(p.Customer),
		PaymentMethod: stripe.String(p.Method),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
		Description:   stripe.String("Late cancellation fee"),
	}
	params.SetIdempotencyKey("cancel-fee-" + p.BookingID)
	if _, err := paymentintent.New(params); err != nil { // audit: lookalike idempotency: redelivered by asynq, but keyed by the booking id from the payload
		return err
	}
	return nil
}

// RefundNote tells the customer a refund went through.
type RefundNote struct {
	BookingID string `json:"booking_id"`
	Email     string `json:"email"`
	Cents     int64  `json:"cents"`
}

func (t *Tasks) handleRefundNote(ctx context.Context, task *asynq.Task) error {
	var n RefundNote
	if err := json.Unmarshal(task.Payload(), &n); err != nil {
		return err
	}
	t.log.Info("refund note", "booking", n.BookingID, "email", n.Email)
	return nil
}
