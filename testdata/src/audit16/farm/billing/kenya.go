package billing

import (
	"context"
	"encoding/json"
	"log"

	"audit16/farm/mpesa"
	"audit16/farm/store"

	"github.com/hibiken/asynq"
)

// KenyaCheckout collects M-Pesa payments for box orders.
type KenyaCheckout struct {
	mp     *mpesa.Client
	orders *store.Orders
}

// NewKenyaCheckout returns the M-Pesa checkout.
func NewKenyaCheckout(mp *mpesa.Client, orders *store.Orders) *KenyaCheckout {
	return &KenyaCheckout{mp: mp, orders: orders}
}

type stkPayload struct {
	OrderRef string `json:"order_ref"`
	Phone    string `json:"phone"`
	Amount   int64  `json:"amount"`
}

// NewSTKTask builds the "mpesa:stk" task; it is never retried by asynq.
func NewSTKTask(o *store.BoxOrder) (*asynq.Task, error) {
	b, err := json.Marshal(stkPayload{OrderRef: o.Ref, Phone: o.Phone, Amount: o.AmountMinor / 100})
	if err != nil {
		return nil, err
	}
	return asynq.NewTask("mpesa:stk", b, asynq.MaxRetry(0)), nil
}

// HandleSTK prompts the buyer and records a declined or unanswered prompt.
// A successful payment is recorded by the Daraja callback.
func (k *KenyaCheckout) HandleSTK(ctx context.Context, t *asynq.Task) error {
	var p stkPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	q, err := k.mp.PushAndWait(ctx, mpesa.PushRequest{
		Phone: p.Phone, Amount: p.Amount, AccountRef: p.OrderRef, Description: "Farm box",
	})
	if err != nil {
		log.Printf("mpesa %s: %v", p.OrderRef, err)
		return nil
	}
	if !q.Paid() {
		return k.orders.MarkFailed(ctx, p.OrderRef)
	}
	return nil
}
