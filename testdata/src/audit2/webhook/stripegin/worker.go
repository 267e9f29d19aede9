package stripegin

import (
	"context"
	"encoding/json"

	"github.com/hibiken/asynq"
)

const TaskFulfil = "order:fulfil"

type fulfilPayload struct {
	EventID string
	OrderID string
}

// Fulfilment ships paid orders; it runs as an asynq task.
type Fulfilment struct {
	Warehouse *Warehouse
}

func (f *Fulfilment) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var p fulfilPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	return f.Warehouse.ShipOrder(ctx, p.OrderID)
}
