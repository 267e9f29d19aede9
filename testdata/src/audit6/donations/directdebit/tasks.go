// Package directdebit collects monthly direct-debit donations through
// GoCardless, one asynq task per collection.
package directdebit

import (
	"encoding/json"

	"github.com/hibiken/asynq"
)

const (
	TypeCollect  = "dd:collect"
	TypeRefund   = "dd:refund"
	TypeThankYou = "dd:thank-you"
)

// CollectPayload is one monthly collection of a pledge.
type CollectPayload struct {
	PledgeID    string `json:"pledge_id"`
	MandateID   string `json:"mandate_id"`
	AmountPence int    `json:"amount_pence"`
	Period      string `json:"period"` // 2026-12
}

// RefundPayload refunds one collected payment.
type RefundPayload struct {
	DonationID  string `json:"donation_id"`
	PaymentID   string `json:"payment_id"`
	AmountPence int    `json:"amount_pence"`
}

// ThankYouPayload is the monthly thank-you mail.
type ThankYouPayload struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

// NewCollectTask builds a collection task; asynq retries failed tasks.
func NewCollectTask(p CollectPayload) (*asynq.Task, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	return asynq.NewTask(TypeCollect, b, asynq.Queue("payments")), nil
}

// Register mounts the handlers on the worker's mux.
func Register(mux *asynq.ServeMux, w *Worker) {
	mux.HandleFunc(TypeCollect, w.HandleCollect)
	mux.HandleFunc(TypeRefund, w.HandleRefund)
	mux.HandleFunc(TypeThankYou, w.HandleThankYou)
}
