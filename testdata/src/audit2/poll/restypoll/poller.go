// Package restypoll polls the PSP's transaction API through resty.
package restypoll

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

// Txn is the PSP's transaction view.
type Txn struct {
	ID     string `json:"id"`
	Status string `json:"status"` // PENDING, SUCCESS, FAILED, EXPIRED
}

// Poller waits for transactions to settle.
type Poller struct {
	rc       *resty.Client
	interval time.Duration
	timeout  time.Duration
}

// NewPoller wires the poller used by the checkout service.
func NewPoller(rc *resty.Client) *Poller {
	return &Poller{
		rc:       rc,
		interval: 1 * time.Second,
		timeout:  3 * time.Minute,
	}
}

func (p *Poller) fetch(ctx context.Context, id string) (*Txn, error) {
	var t Txn
	resp, err := p.rc.R().
		SetContext(ctx).
		SetPathParam("id", id).
		SetResult(&t).
		Get("/api/v3/transactions/{id}")
	if err != nil {
		return nil, err
	}
	if resp.StatusCode() != 200 {
		return nil, fmt.Errorf("psp: %s", resp.Status())
	}
	return &t, nil
}

// Wait polls until the transaction is final or the poller times out.
func (p *Poller) Wait(ctx context.Context, id string) (*Txn, error) {
	start := time.Now()
	for time.Since(start) < p.timeout {
		t, err := p.fetch(ctx, id)
		if err != nil {
			return nil, err
		}
		switch t.Status {
		case "SUCCESS", "FAILED", "EXPIRED":
			return t, nil
		}
		time.Sleep(p.interval) // want "\\[pollinterval\\] payment status polled every 1s"
	}
	return nil, errors.New("transaction still pending")
}
