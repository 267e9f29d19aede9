// Package jobs enqueues the bakery's background work on asynq.
package jobs

import (
	"context"

	"github.com/hibiken/asynq"
)

type Asynq struct{ c *asynq.Client }

func NewAsynq(c *asynq.Client) *Asynq { return &Asynq{c: c} }

// SendReceipt enqueues the receipt task; a worker mails it.
func (a *Asynq) SendReceipt(ctx context.Context, orderID string) error {
	_, err := a.c.EnqueueContext(ctx, asynq.NewTask("receipt:send", []byte(orderID)))
	return err
}
