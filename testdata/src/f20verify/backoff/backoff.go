// Package backoff re-asks the gateway about charges whose answer was lost.
package backoff

import (
	"context"
	"time"

	"f20verify/kora"

	"github.com/avast/retry-go/v4"
)

// ByReference: the charge read by the merchant's reference (SetQueryParam
// on a verify_by_reference path) retried every 200ms: reported.
func ByReference(ctx context.Context, g *kora.Gateway, ref string) (*kora.Charge, error) {
	var c *kora.Charge
	err := retry.Do(func() error {
		var err error
		c, err = g.VerifyReference(ctx, ref) // want `kora.Gateway.VerifyReference \(GET /charges/verify_by_reference\) is retried by retry.Do \(line 17\) every 200ms, a fixed wait`
		return err
	}, retry.Context(ctx), retry.Attempts(5), retry.Delay(200*time.Millisecond), retry.DelayType(retry.FixedDelay))
	return c, err
}

// ByID: GET /charges/{id}/verify retried by a hand loop every 300ms:
// reported.
func ByID(ctx context.Context, g *kora.Gateway, id string) (*kora.Charge, error) {
	var last error
	for i := 0; i < 4; i++ {
		c, err := g.Verify(ctx, id) // want `kora.Gateway.Verify \(GET /charges/\{\}/verify\) is retried`
		if err == nil {
			return c, nil
		}
		last = err
		time.Sleep(300 * time.Millisecond)
	}
	return nil, last
}

// Documents: a path under the verify action reads no charge: silent.
func Documents(ctx context.Context, g *kora.Gateway, id string) (*kora.Charge, error) {
	var c *kora.Charge
	err := retry.Do(func() error {
		var err error
		c, err = g.VerificationDocuments(ctx, id)
		return err
	}, retry.Context(ctx), retry.Delay(200*time.Millisecond), retry.DelayType(retry.FixedDelay))
	return c, err
}

// List: the reference as a list's filter on a path with no verify
// action: silent.
func List(ctx context.Context, g *kora.Gateway, ref string) (*kora.Charge, error) {
	var c *kora.Charge
	err := retry.Do(func() error {
		var err error
		c, err = g.ChargesFor(ctx, ref)
		return err
	}, retry.Context(ctx), retry.Delay(200*time.Millisecond), retry.DelayType(retry.FixedDelay))
	return c, err
}

// Search: two query parameters on the verify path are a search: silent.
func Search(ctx context.Context, g *kora.Gateway, ref, page string) (*kora.Charge, error) {
	var c *kora.Charge
	err := retry.Do(func() error {
		var err error
		c, err = g.SearchVerified(ctx, ref, page)
		return err
	}, retry.Context(ctx), retry.Delay(200*time.Millisecond), retry.DelayType(retry.FixedDelay))
	return c, err
}
