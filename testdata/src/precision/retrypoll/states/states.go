// Package states polls payments whose state is an int enum, a nested
// field, or booleans.
package states

import (
	"context"
	"errors"
	"time"
)

type State int

const (
	Pending State = iota
	Confirmed
	Failed
	Expired
)

type Payment struct {
	ID    string
	State State
	Data  struct {
		Status string
	}
	Paid   bool
	Failed bool
}

type Provider interface {
	GetPayment(ctx context.Context, id string) (*Payment, error)
}

var ErrStuck = errors.New("stuck")

// Enum switches on an int state.
func Enum(ctx context.Context, p Provider, id string) (*Payment, error) {
	for i := 0; i < 100; i++ {
		pay, err := p.GetPayment(ctx, id)
		if err != nil {
			return nil, err
		}
		switch pay.State {
		case Confirmed, Failed, Expired:
			return pay, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, ErrStuck
}

// Nested reads resp.Data.Status.
func Nested(ctx context.Context, p Provider, id string) (*Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	for {
		pay, err := p.GetPayment(ctx, id)
		if err != nil {
			return nil, err
		}
		if pay.Data.Status == "succeeded" || pay.Data.Status == "failed" {
			return pay, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// Flags stops on booleans.
func Flags(ctx context.Context, p Provider, id string) (*Payment, error) {
	for attempt := 0; attempt < 60; attempt++ {
		pay, err := p.GetPayment(ctx, id)
		if err != nil {
			return nil, err
		}
		if pay.Paid || pay.Failed {
			return pay, nil
		}
		time.Sleep(4 * time.Second)
	}
	return nil, ErrStuck
}
