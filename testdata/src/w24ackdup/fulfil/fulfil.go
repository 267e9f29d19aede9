// Package fulfil ships paid poster orders.
package fulfil

import (
	"bytes"
	"context"
	"net/http"

	"github.com/hibiken/asynq"
)

// Courier books pickups with the courier's API.
type Courier struct {
	hc  *http.Client
	url string
}

// NewCourier returns a Courier.
func NewCourier(url string) *Courier { return &Courier{hc: &http.Client{}, url: url} }

// Book books a pickup for the order.
func (c *Courier) Book(ctx context.Context, orderID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url+"/pickups", bytes.NewBufferString(`{"ref":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Service ships orders itself.
type Service struct{ courier *Courier }

// NewService returns the Service.
func NewService(c *Courier) *Service { return &Service{courier: c} }

// ShipOrder books the courier for the order.
func (s *Service) ShipOrder(ctx context.Context, orderID string) error {
	return s.courier.Book(ctx, orderID)
}

// Queued hands shipping to a worker.
type Queued struct{ q *asynq.Client }

// NewQueued returns the Queued service.
func NewQueued(q *asynq.Client) *Queued { return &Queued{q: q} }

// ShipOrder enqueues the shipping task.
func (s *Queued) ShipOrder(ctx context.Context, orderID string) error {
	_, err := s.q.Enqueue(asynq.NewTask("ship:order", []byte(orderID)))
	return err
}
