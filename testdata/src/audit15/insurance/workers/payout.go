// Package workers holds the machinery tasks of the payment side.
package workers

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/RichardKnop/machinery/v1/tasks"
	"github.com/cenkalti/backoff/v4"

	"audit15/insurance/bankpay"
	"audit15/insurance/partners"
	"audit15/insurance/policy"
	"audit15/insurance/store"
)

// Payouts pays settled claims out to policyholders.
type Payouts struct {
	Bank   *bankpay.Client
	Claims *store.Claims
	Fraud  *partners.Fraud
	KYC    *partners.KYC
}

func instruction(c *policy.Claim, ref string) bankpay.Instruction {
	return bankpay.Instruction{
		Ref: ref, Creditor: c.HolderName, IBAN: c.IBAN,
		AmountMinor: c.AmountMinor, Currency: c.Currency,
		Remittance: "Claim " + c.ID,
	}
}

// PayClaim is the "claims.pay" task.
func (p *Payouts) PayClaim(claimID, kycCheckID string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	c, err := p.Claims.Get(ctx, claimID)
	if err != nil {
		return err
	}
	if c.PayoutStatus == "settled" {
		return nil
	}
	clear, err := p.KYC.AwaitVerdict(ctx, kycCheckID)
	if err != nil {
		return err
	}
	score, err := p.Fraud.Score(ctx, c.IBAN, c.HolderName)
	if err != nil {
		return err
	}
	if !clear || score > 80 {
		return fmt.Errorf("claim %s held for review (kyc clear=%v, fraud %d)", c.ID, clear, score)
	}
	ref := "clm-" + c.ID
	if _, err := p.Bank.SubmitTransfer(ctx, instruction(c, ref)); err != nil {
		return err
	}
	if err := p.Claims.Submitted(ctx, c.ID, ref); err != nil {
		return err
	}
	t, err := p.Bank.AwaitSettled(ctx, ref)
	if errors.Is(err, bankpay.ErrStillProcessing) {
		return tasks.NewErrRetryTaskLater("transfer "+ref+" not settled", time.Hour)
	}
	if err != nil {
		return err
	}
	log.Printf("claim %s paid: %s", c.ID, t.Ref)
	return p.Claims.SetPayoutStatus(ctx, ref, "settled")
}

func reissue(c *policy.Claim) bankpay.Instruction {
	return instruction(c, fmt.Sprintf("clm-%s-r%d", c.ID, time.Now().Unix()))
}

// Reissue is the "claims.reissue" task: pay a returned transfer again
// to the bank details the claims handler corrected.
func (p *Payouts) Reissue(claimID string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c, err := p.Claims.Get(ctx, claimID)
	if err != nil {
		return err
	}
	if c.PayoutStatus != "returned" {
		return nil
	}
	var sent bankpay.Instruction
	op := func() error {
		sent = reissue(c)
		_, err := p.Bank.SubmitTransfer(ctx, sent) // want "\\[idempotency\\] bankpay.Client.SubmitTransfer \\(POST /v2/credit-transfers\\) is retried by backoff.Retry \\(line 103\\) but reissue makes a new idempotency key on every call"
		var se *bankpay.StatusError
		if errors.As(err, &se) && !se.Transient() {
			return backoff.Permanent(err)
		}
		return err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return err
	}
	return p.Claims.Submitted(ctx, c.ID, sent.Ref)
}
