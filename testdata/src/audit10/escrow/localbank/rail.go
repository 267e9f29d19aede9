package localbank

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/google/uuid"

	"audit10/escrow/domain"
)

const settlePollEvery = 750 * time.Millisecond

// awaitSettled follows a transfer for a short while; it reports false when
// the bank has not settled it yet.
func (c *Client) awaitSettled(ctx context.Context, id string) (bool, error) {
	for i := 0; i < 40; i++ {
		tr, err := c.GetTransfer(ctx, id)
		if err != nil {
			return false, err
		}
		switch tr.Status {
		case StatusSettled:
			return true, nil
		case StatusRejected, StatusReturned:
			return false, fmt.Errorf("transfer %s %s: %s", id, tr.Status, tr.Reason)
		}
		time.Sleep(settlePollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return false, nil
}

// Rail pays freelancers by domestic bank transfer.
type Rail struct {
	bank          *Client
	debtorAccount string
	log           *slog.Logger
}

// NewRail returns the bank payout rail.
func NewRail(bank *Client, debtorAccount string, log *slog.Logger) *Rail {
	return &Rail{bank: bank, debtorAccount: debtorAccount, log: log}
}

// Release sends the payout and waits for the bank to settle it.
func (r *Rail) Release(ctx context.Context, m domain.Milestone) (string, error) {
	req := TransferRequest{
		DebtorAccount:  r.debtorAccount,
		CreditorIBAN:   m.PayeeAccount,
		CreditorName:   m.PayeeEmail,
		AmountMinor:    m.PayoutAmount(),
		Currency:       m.Currency,
		RemittanceInfo: "Milestone " + m.Title,
		EndToEndRef:    m.ID,
	}
	for pass := 0; pass < 3; pass++ {
		tr, err := r.bank.CreateTransfer(ctx, req, uuid.NewString()) // want "\\[idempotency\\] localbank.Client.CreateTransfer \\(POST /v2/transfers\\) is retried by a for loop \\(line 58\\) with an idempotency key made anew" "\\[pollcreate\\] payment localbank.Client.CreateTransfer \\(POST /v2/transfers\\) made again on every pass of the loop"
		if err != nil {
			return "", err
		}
		settled, err := r.bank.awaitSettled(ctx, tr.ID)
		if err != nil {
			return "", err
		}
		if settled {
			return tr.ID, nil
		}
		r.log.Warn("bank transfer not settled, resubmitting", "milestone", m.ID, "transfer", tr.ID)
	}
	return "", fmt.Errorf("milestone %s: bank transfer not settled", m.ID)
}
