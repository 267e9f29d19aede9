// Package xenditpayout pays drivers out through Xendit payouts (xendit-go
// v7) and follows each payout until it is SUCCEEDED or failed. A payout
// still ACCEPTED or REQUESTED may yet be sent out: creating another one
// under a new reference while it is polled pays the driver twice.
// Look-alikes: a new payout only after the first was read FAILED, or after
// the first was cancelled (CancelPayout); a wait that gives up with an
// error; one payout per driver of a batch, each polled to the end; a
// payment of the buyer polled while the driver is paid out once.
package xenditpayout

import (
	"context"
	"errors"
	"fmt"
	"time"

	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
	"github.com/xendit/xendit-go/v7/payout"
)

type cashout struct {
	Ref      string
	Channel  string
	Account  string
	Currency string
	Amount   float64
}

type payer struct {
	api     *xendit.APIClient
	maxWait time.Duration
}

func (p *payer) send(ctx context.Context, c cashout) (string, error) {
	props := payout.NewDigitalPayoutChannelProperties(c.Account)
	body := payout.NewCreatePayoutRequest(c.Ref, c.Channel, *props, float32(c.Amount), c.Currency)
	res, _, xerr := p.api.PayoutApi.CreatePayout(ctx).IdempotencyKey("cashout-" + c.Ref).CreatePayoutRequest(*body).Execute()
	if xerr != nil {
		return "", xerr
	}
	return res.Payout.Id, nil
}

func (p *payer) status(ctx context.Context, id string) (string, error) {
	res, _, xerr := p.api.PayoutApi.GetPayoutById(ctx, id).Execute()
	if xerr != nil {
		return "", xerr
	}
	return res.Payout.Status, nil
}

var errNotFinal = errors.New("payout not final")

// resendStuck sends the payout again under a new reference when it stays
// ACCEPTED too long.
func (p *payer) resendStuck(ctx context.Context, c cashout) (string, error) {
	id, err := p.send(ctx, c)
	if err != nil {
		return "", err
	}
	started := time.Now()
	for attempt := 0; attempt < 120; attempt++ {
		st, err := p.status(ctx, id)
		if err != nil {
			return id, err
		}
		switch st {
		case "SUCCEEDED":
			return id, nil
		case "FAILED", "CANCELLED", "REVERSED":
			return id, fmt.Errorf("payout %s %s", id, st)
		}
		if time.Since(started) > p.maxWait {
			c.Ref = fmt.Sprintf("%s-r%d", c.Ref, attempt)
			id, err = p.send(ctx, c) // want `new payment created inside the loop that polls payment id`
			if err != nil {
				return "", err
			}
			started = time.Now()
		}
		time.Sleep(5 * time.Second)
	}
	return id, errNotFinal
}

// resendThroughSDK reads the payout through the SDK and creates a new one
// when the deadline passes.
func (p *payer) resendThroughSDK(ctx context.Context, c cashout, body payout.CreatePayoutRequest) error {
	id, err := p.send(ctx, c)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(p.maxWait)
	for i := 0; i < 120; i++ {
		res, _, xerr := p.api.PayoutApi.GetPayoutById(ctx, id).Execute()
		if xerr != nil {
			return xerr
		}
		if res.Payout.Status == "SUCCEEDED" {
			return nil
		}
		if time.Now().After(deadline) {
			again, _, xerr := p.api.PayoutApi.CreatePayout(ctx).IdempotencyKey(fmt.Sprintf("%s-%d", c.Ref, i)).CreatePayoutRequest(body).Execute() // want `new payment created inside the loop that polls payment id`
			if xerr != nil {
				return xerr
			}
			id = again.Payout.Id
			deadline = time.Now().Add(p.maxWait)
		}
		time.Sleep(5 * time.Second)
	}
	return errNotFinal
}

// againAfterFailure sends a new payout only once the first was read
// FAILED.
func (p *payer) againAfterFailure(ctx context.Context, c cashout) (string, error) {
	id, err := p.send(ctx, c)
	if err != nil {
		return "", err
	}
	tries := 1
	for attempt := 0; attempt < 120; attempt++ {
		st, err := p.status(ctx, id)
		if err != nil {
			return id, err
		}
		switch st {
		case "SUCCEEDED":
			return id, nil
		case "FAILED":
			if tries == 3 {
				return id, fmt.Errorf("payout %s failed", id)
			}
			tries++
			c.Ref = fmt.Sprintf("%s-r%d", c.Ref, attempt)
			id, err = p.send(ctx, c)
			if err != nil {
				return "", err
			}
		}
		time.Sleep(5 * time.Second)
	}
	return id, errNotFinal
}

// cancelThenResend cancels the first payout, still ACCEPTED, before it
// sends another.
func (p *payer) cancelThenResend(ctx context.Context, c cashout) (string, error) {
	id, err := p.send(ctx, c)
	if err != nil {
		return "", err
	}
	started := time.Now()
	for attempt := 0; attempt < 120; attempt++ {
		st, err := p.status(ctx, id)
		if err != nil {
			return id, err
		}
		if st == "SUCCEEDED" {
			return id, nil
		}
		if time.Since(started) > p.maxWait {
			if _, _, xerr := p.api.PayoutApi.CancelPayout(ctx, id).Execute(); xerr != nil {
				return id, xerr
			}
			c.Ref = fmt.Sprintf("%s-r%d", c.Ref, attempt)
			id, err = p.send(ctx, c)
			if err != nil {
				return "", err
			}
			started = time.Now()
		}
		time.Sleep(5 * time.Second)
	}
	return id, errNotFinal
}

// giveUpWithError leaves the payout ACCEPTED to the webhook.
func (p *payer) giveUpWithError(ctx context.Context, c cashout) (string, error) {
	id, err := p.send(ctx, c)
	if err != nil {
		return "", err
	}
	started := time.Now()
	for {
		st, err := p.status(ctx, id)
		if err != nil {
			return id, err
		}
		if st == "SUCCEEDED" || st == "FAILED" || st == "CANCELLED" {
			return id, nil
		}
		if time.Since(started) > p.maxWait {
			return id, errNotFinal
		}
		time.Sleep(5 * time.Second)
	}
}

// payEachDriver pays every driver of the batch once and follows each.
func (p *payer) payEachDriver(ctx context.Context, batch []cashout) error {
	for _, c := range batch {
		id, err := p.send(ctx, c)
		if err != nil {
			return err
		}
		for i := 0; i < 60; i++ {
			st, err := p.status(ctx, id)
			if err != nil {
				return err
			}
			if st == "SUCCEEDED" || st == "FAILED" {
				break
			}
			time.Sleep(5 * time.Second)
		}
	}
	return nil
}

// payDriverOnceFareClears pays the driver once the rider's payment
// succeeded: the payout is not a second payment of the rider.
func (p *payer) payDriverOnceFareClears(ctx context.Context, fareID string, c cashout) error {
	for i := 0; i < 60; i++ {
		pr, _, xerr := p.api.PaymentRequestApi.GetPaymentRequestByID(ctx, fareID).Execute()
		if xerr != nil {
			return xerr
		}
		if pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED {
			_, err := p.send(ctx, c)
			return err
		}
		time.Sleep(5 * time.Second)
	}
	return errNotFinal
}
