package billing

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/hibiken/asynq"

	"audit22/ridehail/platform"
	"audit22/ridehail/store"
)

// TypeRefundIndia is the asynq task that refunds a cancelled Indian trip.
const TypeRefundIndia = "refund:in"

// RefundTask is its payload.
type RefundTask struct {
	PaymentID string `json:"payment_id"`
	Reason    string `json:"reason"`
}

// Register adds billing's task handlers.
func (s *Service) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TypeRefundIndia, s.refundIndia)
}

// refundIndia runs under asynq's default retries; RefundOnce reads what
// was already refunded before refunding the rest.
func (s *Service) refundIndia(ctx context.Context, t *asynq.Task) error {
	var rt RefundTask
	if err := json.Unmarshal(t.Payload(), &rt); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	p, err := s.repo.Payment(ctx, rt.PaymentID)
	if err != nil {
		return err
	}
	if p.Status == store.PayRefunded {
		return nil
	}
	if _, err := s.razor.RefundOnce(p.ProviderRef, int(platform.Minor("INR", p.Amount)), rt.Reason); err != nil { // audit: lookalike idempotency: asynq may run this again, but RefundOnce reads the payment's amount_refunded before refunding
		return err
	}
	return s.repo.SetPaymentStatus(ctx, p.ID, store.PayRefunded)
}
