// Package poll follows charges the gateway left processing.
package poll

import (
	"context"
	"errors"
	"time"

	"f20verify/kora"
)

// UntilSettled polls GET /charges/{id}/verify every 3s and leaves only on
// success: a failed charge is polled until ctx ends. Reported.
func UntilSettled(ctx context.Context, g *kora.Gateway, id string) error {
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for { // want `loop polling payment id stops only when the payment succeeds`
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		c, err := g.Verify(ctx, id)
		if err != nil {
			return err
		}
		if c.State == "success" {
			return nil
		}
	}
}

// UntilFinal leaves on failed too: silent.
func UntilFinal(ctx context.Context, g *kora.Gateway, id string) error {
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		c, err := g.Verify(ctx, id)
		if err != nil {
			return err
		}
		switch c.State {
		case "success":
			return nil
		case "failed":
			return errors.New("charge failed")
		}
	}
}

// Documents polls the holder's documents, no charge: silent.
func Documents(ctx context.Context, g *kora.Gateway, id string) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
		c, err := g.VerificationDocuments(ctx, id)
		if err != nil {
			return err
		}
		if c.State == "success" {
			return nil
		}
	}
}
