// Package remit pays sellers through the payouts client, retrying on
// failure. The client draws a new key on every call whose request leaves
// the key empty, so the request's key field decides.
package remit

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"idempotency/keyfallback/payouts"
)

// Remittance is a seller's balance due.
type Remittance struct {
	ID      string
	Account string
	Amount  int64
}

// --- flagged ---

// payOut leaves the key empty: newPayoutRequest draws a new one on each
// attempt.
func payOut(ctx context.Context, c *payouts.Client, r Remittance) error {
	req := payouts.PayoutRequest{Account: r.Account, Amount: r.Amount, Reference: r.ID}
	return backoff.Retry(func() error {
		return c.CreatePayout(ctx, req) // want `payouts.Client.CreatePayout \(POST /v1/payouts\) is retried by backoff.Retry \(line 30\) but CreatePayout makes a new idempotency key on every call when its IdempotencyKey is left empty, as here`
	}, backoff.NewExponentialBackOff())
}

// sweepTransfer passes a literal without its key; CreateTransfer fills
// its own copy anew each time.
func sweepTransfer(ctx context.Context, c *payouts.Client, from, to string, amount int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		err := c.CreateTransfer(ctx, payouts.Transfer{From: from, To: to, Amount: amount}) // want `payouts.Client.CreateTransfer \(POST /v1/transfers\) is retried by a for loop \(line 38\) but CreateTransfer makes a new idempotency key on every call when its Key is left empty, as here`
		if err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("transfer: gave up")
}

// refund: cmp.Or picks a new key on every call of an empty field.
func refund(ctx context.Context, c *payouts.Client, charge string, amount int64) error {
	rr := payouts.RefundRequest{Charge: charge, Amount: amount}
	return backoff.Retry(func() error {
		return c.CreateRefund(ctx, rr) // want `payouts.Client.CreateRefund \(POST /v1/refunds\) is retried by backoff.Retry \(line 51\) but CreateRefund makes a new idempotency key on every call when its IdempotencyKey is left empty, as here`
	}, backoff.NewExponentialBackOff())
}

// send hands its caller's request on: its callers' requests decide.
func send(ctx context.Context, c *payouts.Client, req payouts.PayoutRequest) error {
	return c.CreatePayout(ctx, req)
}

func payThroughHelper(ctx context.Context, c *payouts.Client, r Remittance) error {
	return backoff.Retry(func() error {
		return send(ctx, c, payouts.PayoutRequest{Account: r.Account, Amount: r.Amount}) // want `remit.send \(POST /v1/payouts\) is retried by backoff.Retry \(line 62\) but send makes a new idempotency key on every call when its IdempotencyKey is left empty, as here`
	}, backoff.NewExponentialBackOff())
}

// --- silent ---

// keyFromRemittance sets the key once, from the remittance, before the
// retry: every attempt sends it.
func keyFromRemittance(ctx context.Context, c *payouts.Client, r Remittance) error {
	req := payouts.PayoutRequest{Account: r.Account, Amount: r.Amount}
	req.IdempotencyKey = "remit-" + r.ID
	return backoff.Retry(func() error { return c.CreatePayout(ctx, req) }, backoff.NewExponentialBackOff())
}

// keyMadeOnce: a uuid made once, before the loop.
func keyMadeOnce(ctx context.Context, c *payouts.Client, from, to string, amount int64) error {
	t := payouts.Transfer{From: from, To: to, Amount: amount, Key: uuid.NewString()}
	for attempt := 0; attempt < 3; attempt++ {
		if err := c.CreateTransfer(ctx, t); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("transfer: gave up")
}

// notRetried: the client's own key on a payout sent once is a key.
func notRetried(ctx context.Context, c *payouts.Client, r Remittance) error {
	return c.CreatePayout(ctx, payouts.PayoutRequest{Account: r.Account, Amount: r.Amount})
}

// chargeWrittenBack: Charge writes the key it draws into the caller's
// request, so the second attempt sends the first attempt's key.
func chargeWrittenBack(ctx context.Context, c *payouts.Client, card string, amount int64) error {
	cr := &payouts.ChargeRequest{Card: card, Amount: amount}
	return backoff.Retry(func() error { return c.Charge(ctx, cr) }, backoff.NewExponentialBackOff())
}

// callersKey: the request comes from the caller, key and all.
func callersKey(ctx context.Context, c *payouts.Client, req payouts.PayoutRequest) error {
	return backoff.Retry(func() error { return c.CreatePayout(ctx, req) }, backoff.NewExponentialBackOff())
}

// filledElsewhere: a helper may set the key before the retry.
func filledElsewhere(ctx context.Context, c *payouts.Client, r Remittance) error {
	req := payouts.PayoutRequest{Account: r.Account, Amount: r.Amount}
	withKey(&req, r.ID)
	return backoff.Retry(func() error { return c.CreatePayout(ctx, req) }, backoff.NewExponentialBackOff())
}

func withKey(req *payouts.PayoutRequest, id string) { req.IdempotencyKey = "remit-" + id }
