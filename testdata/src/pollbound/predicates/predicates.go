// Package predicates polls a payment whose state is read through status
// predicate methods (IsFinal, Pending, IsPaid…) instead of comparisons.
package predicates

import (
	"context"
	"net/http"
	"time"

	"poll/hiltapi"
)

type Status string

const (
	StatusPending Status = "PENDING_CONFIRMATION"
	StatusPaid    Status = "CONFIRMED"
	StatusFailed  Status = "FAILED"
)

func (s Status) IsFinal() bool { return s == StatusPaid || s == StatusFailed }
func (s Status) Pending() bool { return s == StatusPending }

type Payment struct {
	ID     string
	Status Status
	Amount int64
}

func (p *Payment) IsPaid() bool     { return p.Status == StatusPaid }
func (p *Payment) IsTerminal() bool { return p.Status.IsFinal() }
func (p *Payment) HasAmount() bool  { return p.Amount > 0 }
func (p *Payment) Succeeded() bool {
	switch p.Status {
	case StatusPaid:
		return true
	}
	return false
}

func Get(ctx context.Context, hc *http.Client, id string) (*Payment, error) {
	hp, err := hiltapi.Fetch(ctx, hc, "https://api.hilt.example", id)
	if err != nil {
		return nil, err
	}
	return &Payment{ID: hp.ID, Status: Status(hp.Status)}, nil
}

func finalNoBound(hc *http.Client, id string) *Payment {
	for { // want `loop polling payment id has no bound: no ctx.Done\(\), deadline, attempt cap or timeout, and read errors are swallowed \(line \d+\)`
		p, err := Get(context.Background(), hc, id)
		if err == nil && p.Status.IsFinal() {
			return p
		}
		time.Sleep(5 * time.Second)
	}
}

func notPending(ctx context.Context, hc *http.Client, id string) (*Payment, error) {
	for {
		p, err := Get(ctx, hc, id)
		if err != nil {
			return nil, err
		}
		if !p.Status.Pending() {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

func terminal(ctx context.Context, hc *http.Client, id string) (*Payment, error) {
	for {
		p, err := Get(ctx, hc, id)
		if err != nil {
			return nil, err
		}
		if p.IsTerminal() {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

func hasAmount(ctx context.Context, hc *http.Client, id string) (*Payment, error) {
	for {
		p, err := Get(ctx, hc, id)
		if err != nil {
			return nil, err
		}
		if p.HasAmount() {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

func switchPaid(ctx context.Context, hc *http.Client, id string) (*Payment, error) {
	for { // want `loop polling payment id stops only when the payment succeeds \(line \d+\): a payment that ends FAILED, expired or canceled keeps it polling; return on the failed terminal states too`
		p, err := Get(ctx, hc, id)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case StatusPaid:
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

func switchBoth(ctx context.Context, hc *http.Client, id string) (*Payment, error) {
	for {
		p, err := Get(ctx, hc, id)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case StatusPaid:
			return p, nil
		case StatusFailed:
			return nil, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// refresh re-reads the payment into its receiver.
func (p *Payment) refresh(ctx context.Context, hc *http.Client) error {
	q, err := Get(ctx, hc, p.ID)
	if err != nil {
		return err
	}
	*p = *q
	return nil
}

func refreshed(ctx context.Context, hc *http.Client, p *Payment) error {
	for {
		if err := p.refresh(ctx, hc); err != nil {
			return err
		}
		if p.Status.IsFinal() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// Job is a background job, not a payment: IsDone is no payment state
// even though it compares with "completed".
type Job struct{ State string }

func (j *Job) IsDone() bool { return j.State == "completed" }

// jobDone: the only exit besides the context is the job's; the payment's
// status is logged, never acted on.
func jobDone(ctx context.Context, hc *http.Client, id string, job *Job) error {
	for { // want `loop polling payment id has no exit on the payment's status`
		p, err := Get(ctx, hc, id)
		if err != nil {
			return err
		}
		if job.IsDone() {
			return nil
		}
		if p.Status == StatusPending {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(5 * time.Second):
			}
		}
	}
}
