// Package collect debits installments and pays refunds over MTN MoMo.
package collect

import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"momoreferenceid/momoapi"
)

type Installment struct {
	ID     string
	MSISDN string
	Amount string
}

type Collector struct {
	momo *momoapi.Client
}

func debit(in Installment) momoapi.Debit {
	return momoapi.Debit{Amount: in.Amount, Currency: "UGX", ExternalID: in.ID, Payer: momoapi.Party{PartyIDType: "MSISDN", PartyID: in.MSISDN}}
}

// --- reported: a new X-Reference-Id drawn in every backoff attempt ---

func (c *Collector) Collect(ctx context.Context, in Installment) (string, error) {
	var ref string
	err := backoff.Retry(func() error {
		ref = uuid.NewString()
		return c.momo.RequestToPay(ctx, ref, debit(in)) // want `momoapi.Client.RequestToPay \(POST /collection/v1_0/requesttopay\) is retried by backoff.Retry \(line 32\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 33\)`
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
	return ref, err
}

// --- reported: a refund transfer whose reference is drawn on every pass ---

func (c *Collector) Refund(ctx context.Context, in Installment) error {
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		err = c.momo.Transfer(ctx, uuid.New().String(), momoapi.Payout{Amount: in.Amount, Currency: "UGX", ExternalID: "refund-" + in.ID, Payee: momoapi.Party{PartyIDType: "MSISDN", PartyID: in.MSISDN}}) // want `momoapi.Client.Transfer \(POST /disbursement/v1_0/transfer\) is retried by a for loop \(line 43\) with an idempotency key made anew on every attempt`
		if err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return err
}

// --- silent: the reference drawn once, before the retry ---

func (c *Collector) CollectOnce(ctx context.Context, in Installment) (string, error) {
	ref := uuid.NewString()
	err := backoff.Retry(func() error {
		return c.momo.RequestToPay(ctx, ref, debit(in))
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
	return ref, err
}

// --- silent: the reference drawn on the first attempt only ---

func (c *Collector) CollectLazily(ctx context.Context, in Installment) (string, error) {
	var ref string
	err := backoff.Retry(func() error {
		if ref == "" {
			ref = uuid.NewString()
		}
		return c.momo.RequestToPay(ctx, ref, debit(in))
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
	return ref, err
}

// --- silent: the installment row's id is the reference ---

func (c *Collector) CollectRow(ctx context.Context, in Installment) error {
	return backoff.Retry(func() error {
		return c.momo.RequestToPay(ctx, in.ID, debit(in))
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// --- silent: the status read retried ---

func (c *Collector) Settled(ctx context.Context, ref string) (bool, error) {
	var status string
	err := backoff.Retry(func() error {
		var err error
		status, err = c.momo.Status(ctx, ref)
		return err
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
	return status == "SUCCESSFUL", err
}

// --- silent: a sandbox API user (no money moves) registered with a fresh id ---

func (c *Collector) Provision(ctx context.Context, host string) error {
	return backoff.Retry(func() error {
		return c.momo.CreateAPIUser(ctx, uuid.NewString(), host)
	}, backoff.NewExponentialBackOff())
}

// --- silent: one debit sent once with a fresh reference ---

func (c *Collector) CollectSingle(ctx context.Context, in Installment) (string, error) {
	ref := uuid.NewString()
	return ref, c.momo.RequestToPay(ctx, ref, debit(in))
}
