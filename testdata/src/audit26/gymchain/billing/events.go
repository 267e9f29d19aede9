package billing

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hibiken/asynq"

	"audit26/gymchain/dlocal"
	"audit26/gymchain/store"
)

const TaskDLocalPayment = "dlocal:payment"

// DLocalEvents applies dLocal payment notifications queued by the webhook.
type DLocalEvents struct {
	dl      *dlocal.Client
	members *store.Memberships
	passes  *store.DayPasses
}

func NewDLocalEvents(dl *dlocal.Client, members *store.Memberships, passes *store.DayPasses) *DLocalEvents {
	return &DLocalEvents{dl: dl, members: members, passes: passes}
}

func (h *DLocalEvents) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var n dlocal.Notification
	if err := json.Unmarshal(t.Payload(), &n); err != nil {
		return fmt.Errorf("%w: %v", asynq.SkipRetry, err)
	}
	p, err := h.dl.GetPayment(ctx, n.PaymentID)
	if err != nil {
		return err
	}
	if p.Status != "PAID" {
		return nil
	}
	switch {
	case strings.HasPrefix(p.OrderID, "renew-"):
		parts := strings.SplitN(strings.TrimPrefix(p.OrderID, "renew-"), "-", 2)
		return h.members.Activate(ctx, parts[0], p.ID)
	default:
		passID, _, _ := strings.Cut(p.OrderID, "-")
		return h.passes.Issue(ctx, passID)
	}
}
