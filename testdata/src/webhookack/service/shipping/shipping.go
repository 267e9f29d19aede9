// Package shipping books parcels with the carrier's API.
package shipping

import (
	"context"
	"net/http"
	"strings"
)

type Client struct {
	http *http.Client
}

// Book calls the carrier.
func (c *Client) Book(ctx context.Context, orderID string) error {
	_, err := c.http.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(orderID))
	return err
}

// Service ships paid orders.
type Service struct {
	carrier *Client
	jobs    chan string
}

// OnPaid books the parcel before returning.
func (s *Service) OnPaid(ctx context.Context, orderID string) error {
	return s.carrier.Book(ctx, orderID)
}

// Enqueue hands the order to a worker.
func (s *Service) Enqueue(orderID string) { s.jobs <- orderID }
