// Package orders owns the order lifecycle after payment.
package orders

import (
	"context"
	"encoding/json"

	"github.com/hibiken/asynq"

	"audit13/tickets/domain"
	"audit13/tickets/store"
)

// TaskEmailTickets is the asynq task that mails the e-tickets of an order.
const TaskEmailTickets = "tickets:email"

// Service marks orders paid and issues their tickets.
type Service struct {
	orders *store.Orders
	queue  *asynq.Client
}

// NewService builds the order service.
func NewService(orders *store.Orders, queue *asynq.Client) *Service {
	return &Service{orders: orders, queue: queue}
}

// Fulfill marks the order paid and queues its tickets. A paid order is
// left as it is.
func (s *Service) Fulfill(ctx context.Context, ref string) error {
	o, err := s.orders.ByRef(ctx, ref)
	if err != nil {
		return err
	}
	if o.Status == domain.OrderPaid {
		return nil
	}
	if err := s.orders.SetStatus(ctx, ref, domain.OrderPaid); err != nil {
		return err
	}
	payload, _ := json.Marshal(map[string]string{"ref": ref})
	_, err = s.queue.EnqueueContext(ctx, asynq.NewTask(TaskEmailTickets, payload), asynq.TaskID("tickets:"+ref))
	return err
}
