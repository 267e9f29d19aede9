// Package model is a merchant's payment model over fakepay: status
// predicate methods whose bodies the poll model summarises and exports
// as facts, and look-alikes that are no status predicates.
package model

import "poll/fakepay"

// Status is a payment's state.
type Status string

const (
	StatusPending Status = fakepay.Pending
	StatusPaid    Status = fakepay.Confirmed
	StatusFailed  Status = fakepay.Failed
	StatusExpired Status = fakepay.Expired
)

func (s Status) IsFinal() bool { // want IsFinal:"status predicate: CONFIRMED|EXPIRED|FAILED"
	return s == StatusPaid || s == StatusFailed || s == StatusExpired
}

func (s Status) Pending() bool { return s == StatusPending } // want Pending:"status predicate: PENDING_CONFIRMATION"

func (s Status) Open() bool { return s != StatusPaid && s != StatusFailed } // want Open:"status predicate: not CONFIRMED|FAILED"

// Payment is the merchant's view of a provider payment.
type Payment struct {
	ID     string
	Status Status
	Amount int64
	Kind   string
}

// From converts the provider's payment.
func From(p *fakepay.Payment) *Payment {
	return &Payment{ID: p.ID, Status: Status(p.Status)}
}

func (p *Payment) IsPaid() bool { return p.Status == StatusPaid } // want IsPaid:"status predicate: CONFIRMED"

func (p *Payment) IsTerminal() bool { return p.Status.IsFinal() } // want IsTerminal:"status predicate: CONFIRMED|EXPIRED|FAILED"

func (p *Payment) NeedsNewPayment() bool { // want NeedsNewPayment:"status predicate: EXPIRED|FAILED"
	switch p.Status {
	case StatusFailed, StatusExpired:
		return true
	}
	return false
}

func (p *Payment) Settled() bool { // want Settled:"status predicate: not PENDING_CONFIRMATION"
	switch p.Status {
	case StatusPending:
		return false
	default:
		return true
	}
}

// Look-alikes: no status predicates.

// HasAmount reads no status.
func (p *Payment) HasAmount() bool { return p.Amount > 0 }

// IsCard compares with a constant that names no state.
func (p *Payment) IsCard() bool { return p.Kind == "card" }

// IsPaidOut tests a status and something else.
func (p *Payment) IsPaidOut() bool { return p.Status == StatusPaid && p.Amount > 0 }

// Job is a background job, not a payment: its IsDone is no payment state.
type Job struct{ State string }

const JobCompleted = "completed"

func (j *Job) IsDone() bool { return j.State == JobCompleted }
