// Package commissions pays agents their commission by M-Pesa B2C, through
// the request constructors of the client package.
package commissions

import (
	"context"
	"time"

	"github.com/google/uuid"

	"builtkeyacrosspkgs/mobilemoney"
	"builtkeyacrosspkgs/retrykit"
)

type Agent struct {
	ID     string
	MSISDN string
}

type Payer struct {
	mm        *mobilemoney.Client
	shortCode string
}

// --- reported: the constructor draws a new originator id on every try ---

func (p *Payer) PayNow(ctx context.Context, a Agent, amount int64) error {
	return retrykit.Do(ctx, 4, 2*time.Second, func(ctx context.Context) error {
		_, err := p.mm.Payout(ctx, p.mm.NewPayout(a.MSISDN, amount, "commission")) // want `mobilemoney.Client.Payout \(POST /mpesa/b2c/v3/paymentrequest\) is retried by retrykit.Do \(line 28\) but NewPayout makes a new idempotency key on every call`
		return err
	})
}

// --- reported: the request built at the top of every pass of a loop ---

func (p *Payer) PayWeekly(ctx context.Context, a Agent, amount int64) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		req := p.mm.NewPayout(a.MSISDN, amount, "weekly commission")
		if _, err = p.mm.Payout(ctx, req); err == nil { // want `mobilemoney.Client.Payout \(POST /mpesa/b2c/v3/paymentrequest\) is retried by a for loop \(line 38\) but NewPayout makes a new idempotency key on every call`
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// --- reported: a package-level constructor returning a pointer ---

func (p *Payer) PaySalary(ctx context.Context, a Agent, amount int64) error {
	return retrykit.Do(ctx, 3, time.Second, func(ctx context.Context) error {
		_, err := p.mm.SalaryPayout(ctx, mobilemoney.NewSalaryPayout(p.shortCode, a.MSISDN, amount)) // want `mobilemoney.Client.SalaryPayout \(POST /mpesa/b2c/v1/paymentrequest\) is retried by retrykit.Do \(line 51\) but NewSalaryPayout makes a new idempotency key on every call`
		return err
	})
}

// --- silent: the request built once, before the retry ---

func (p *Payer) PayOnce(ctx context.Context, a Agent, amount int64) error {
	req := p.mm.NewPayout(a.MSISDN, amount, "commission")
	return retrykit.Do(ctx, 4, 2*time.Second, func(ctx context.Context) error {
		_, err := p.mm.Payout(ctx, req)
		return err
	})
}

// --- silent: the originator id drawn once and handed to the constructor ---

func (p *Payer) PayWithID(ctx context.Context, a Agent, amount int64) error {
	originator := uuid.NewString()
	return retrykit.Do(ctx, 4, 2*time.Second, func(ctx context.Context) error {
		_, err := p.mm.Payout(ctx, p.mm.NewPayoutFor(originator, a.MSISDN, amount))
		return err
	})
}

// --- silent: the constructor's id replaced by the payout row's id ---

func (p *Payer) PayRow(ctx context.Context, rowID string, a Agent, amount int64) error {
	return retrykit.Do(ctx, 4, 2*time.Second, func(ctx context.Context) error {
		req := p.mm.NewPayout(a.MSISDN, amount, "commission")
		req.OriginatorConversationID = rowID
		_, err := p.mm.Payout(ctx, req)
		return err
	})
}

// --- silent: a balance query (no money moves) retried with a fresh id ---

func (p *Payer) Float(ctx context.Context) (string, error) {
	var id string
	err := retrykit.Do(ctx, 3, time.Second, func(ctx context.Context) error {
		ans, err := p.mm.Balance(ctx, p.mm.NewBalanceQuery())
		if err == nil {
			id = ans.ConversationID
		}
		return err
	})
	return id, err
}

// --- silent: one payout sent once ---

func (p *Payer) PaySingle(ctx context.Context, a Agent, amount int64) error {
	_, err := p.mm.Payout(ctx, p.mm.NewPayout(a.MSISDN, amount, "commission"))
	return err
}
