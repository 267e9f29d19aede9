package ach

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/sethvargo/go-retry"

	"audit22/telehealth/domain"
	"audit22/telehealth/platform"
)

// Ledger is the part of the store the collector writes.
type Ledger interface {
	SaveACHDebit(ctx context.Context, d domain.ACHDebit) error
	SetACHStatus(ctx context.Context, transferURL, status string) error
}

// Collector pulls consult fees from patients' bank accounts.
type Collector struct {
	client   *Client
	ledger   Ledger
	merchant string
	log      *slog.Logger
}

// NewCollector builds a Collector paying into the merchant funding source.
func NewCollector(c *Client, l Ledger, merchantSource string) *Collector {
	return &Collector{client: c, ledger: l, merchant: merchantSource, log: platform.With("ach")}
}

// ErrReturned is returned when the bank returned the debit.
var ErrReturned = errors.New("ach: debit returned")

// Collect debits the patient for a consult booked by ACH and waits a
// short while for the rail to accept it, so that same-day consults can
// start right away.
func (c *Collector) Collect(ctx context.Context, consult *domain.Consult, fundingSource string) (string, error) {
	for pass := 0; pass < 3; pass++ {
		url, err := c.client.CreateTransfer(ctx, TransferRequest{ // want "\\[idempotency\\] ach\\.Client\\.CreateTransfer \\(POST /transfers\\) is retried by a for loop \\(line" "\\[pollcreate\\] payment ach\\.Client\\.CreateTransfer \\(POST /transfers\\) made again on every pass of the loop \\(line 42\\) after platform\\.WaitFor \\(line 55\\) stops waiting"
			Source:        fundingSource,
			Destination:   c.merchant,
			AmountCents:   consult.PriceCents,
			CorrelationID: consult.ID,
		})
		if err != nil {
			return "", err
		}
		_ = c.ledger.SaveACHDebit(ctx, domain.ACHDebit{ID: fmt.Sprintf("%s-%d", consult.ID, pass), ConsultID: consult.ID, FundingSrc: fundingSource, AmountCents: consult.PriceCents, TransferURL: url, Status: "pending"})

		var last *Transfer
		ok, err := platform.WaitFor(ctx, 5*time.Second, 90*time.Second, func(ctx context.Context) (bool, error) {
			t, err := c.client.GetTransfer(ctx, url)
			if err != nil {
				return false, err
			}
			last = t
			return t.Final(), nil
		})
		if err != nil {
			return "", err
		}
		if ok {
			if last.Status != "processed" {
				return "", fmt.Errorf("%w: %s", ErrReturned, last.Status)
			}
			return url, nil
		}
		c.log.Warn("ach debit not settled in time, sending again", "consult", consult.ID, "pass", pass)
	}
	return "", errors.New("ach: debit did not settle")
}

// AwaitSettlement blocks until the debit at url is processed or failed.
// Used by the nightly settlement worker.
func (c *Collector) AwaitSettlement(ctx context.Context, url string) error {
	b := retry.NewExponential(10 * time.Second)
	return retry.Do(ctx, b, func(ctx context.Context) error { // audit: reported at cmd/telehealthd/main.go:177 (pollbound, where the settlement worker hands its signal context): NewExponential with no WithMaxRetries/WithMaxDuration, a debit stuck pending is polled for ever with ever-growing waits
		t, err := c.client.GetTransfer(ctx, url)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch t.Status {
		case "processed":
			return c.ledger.SetACHStatus(ctx, url, t.Status)
		case "failed", "cancelled":
			_ = c.ledger.SetACHStatus(ctx, url, t.Status)
			return fmt.Errorf("%w: %s", ErrReturned, t.Status)
		}
		return retry.RetryableError(errors.New("ach: still pending"))
	})
}
