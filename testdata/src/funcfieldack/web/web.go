// Package web builds the hooks and binds their callbacks.
package web

import (
	"context"
	"fmt"
	"net/http"
)

// Rentals stores the payment state.
type Rentals struct{}

// MarkPaid marks a rental paid.
func (Rentals) MarkPaid(ctx context.Context, rentalID int64) error { return nil }

// Server holds the gate controller's address and a work queue.
type Server struct {
	gateURL string
	jobs    chan int64
}

// syncGate PUTs the tenant's access profile to the gate controller.
func (s *Server) syncGate(ctx context.Context, rentalID int64) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, fmt.Sprintf("%s/tenants/%d", s.gateURL, rentalID), nil)
	if err != nil {
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}

// enqueueGate only queues the sync for a worker.
func (s *Server) enqueueGate(ctx context.Context, rentalID int64) {
	select {
	case s.jobs <- rentalID:
	default:
	}
}
