// Package payouts pays consignors once the buyer received the lot and
// the escrow period ended.
package payouts

import (
	"context"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/transfer"
)

// Settlement is one consignor's share of a sold lot.
type Settlement struct {
	ID             string
	LotID          string
	ConnectAccount string
	PayPalEmail    string
	NetMinor       int64 // hammer minus commission
	Currency       string
}

type ConnectPayer struct {
	maxElapsed time.Duration
}

func NewConnectPayer() *ConnectPayer { return &ConnectPayer{maxElapsed: 2 * time.Minute} }

func (p *ConnectPayer) policy(ctx context.Context) backoff.BackOff {
	b := backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(p.maxElapsed))
	return backoff.WithContext(b, ctx)
}

// Release transfers the consignor's net proceeds to their connected
// account. The key is the settlement row, stable across attempts.
func (p *ConnectPayer) Release(ctx context.Context, s Settlement) (string, error) {
	var id string
	op := func() error {
		params := &stripe.TransferParams{
			Amount:      stripe.Int64(s.NetMinor),
			Currency:    stripe.String(s.Currency),
			Destination: stripe.String(s.ConnectAccount),
		}
		params.SetIdempotencyKey("settlement-" + s.ID)
		tr, err := transfer.New(params)
		if err != nil {
			return err
		}
		id = tr.ID
		return nil
	}
	return id, backoff.Retry(op, p.policy(ctx))
}

// ReleaseBonus pays the consignor's promotional bonus (featured-lot
// rebate) the same way.
func (p *ConnectPayer) ReleaseBonus(ctx context.Context, s Settlement, bonusMinor int64) error {
	return backoff.Retry(func() error {
		params := &stripe.TransferParams{
			Amount:      stripe.Int64(bonusMinor),
			Currency:    stripe.String(s.Currency),
			Destination: stripe.String(s.ConnectAccount),
		}
		params.SetIdempotencyKey(fmt.Sprintf("bonus-%s-%s", s.ID, uuid.NewString()))
		_, err := transfer.New(params) // want "\\[idempotency\\] stripe transfer.New is retried by backoff.Retry .* with an idempotency key made anew on every attempt"
		return err
	}, p.policy(ctx))
}
