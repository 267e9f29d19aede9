// Package shop takes mobile-money payments through a Gateway port the
// command binds.
package shop

import (
	"context"
	"errors"

	"w18port/money"
)

// Gateway is the payment gateway as the shop needs it.
type Gateway interface {
	Collect(ctx context.Context, phone string, cents int64) (Collection, error)
	Approved(ctx context.Context, id string) (bool, error)
}

// Collection is the gateway's payment.
type Collection = money.Collection

// Till collects payments.
type Till struct{ gw Gateway }

// NewTill returns a Till over gw.
func NewTill(gw Gateway) *Till { return &Till{gw: gw} }

// Charge asks again when the payer did not approve in time.
func (t *Till) Charge(ctx context.Context, phone string, cents int64) (string, error) {
	for ask := 0; ask < 3; ask++ {
		col, err := t.gw.Collect(ctx, phone, cents)
		if err != nil {
			return "", err
		}
		ok, err := t.gw.Approved(ctx, col.ID)
		if err != nil {
			return "", err
		}
		if ok {
			return col.ID, nil
		}
	}
	return "", errors.New("payer did not approve")
}

// ChargeOnce leaves when the payer did not approve in time.
func (t *Till) ChargeOnce(ctx context.Context, phone string, cents int64) (string, error) {
	for ask := 0; ask < 3; ask++ {
		col, err := t.gw.Collect(ctx, phone, cents)
		if err != nil {
			return "", err
		}
		ok, err := t.gw.Approved(ctx, col.ID)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", errors.New("still pending: ask the payer")
		}
		return col.ID, nil
	}
	return "", errors.New("unreachable")
}

// ChargeAll charges each payer once.
func (t *Till) ChargeAll(ctx context.Context, phones []string, cents int64) error {
	for _, p := range phones {
		col, err := t.gw.Collect(ctx, p, cents)
		if err != nil {
			return err
		}
		if _, err := t.gw.Approved(ctx, col.ID); err != nil {
			return err
		}
	}
	return nil
}
