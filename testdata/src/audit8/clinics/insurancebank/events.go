// Package insurancebank receives the clinic bank's webhooks: insurance
// payers' claim payments (ACH/EFT credits) landing on the clinic account.
package insurancebank

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// CreditEvent is the bank's "account.credit.posted" event.
type CreditEvent struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	AccountID string `json:"account_id"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	PayerName string `json:"payer_name"`
	TraceNo   string `json:"trace_number"` // the EFT trace the payer puts on the ERA
	Status    string `json:"status"`
}

// Ledger books claim payments against the claims they pay.
type Ledger interface {
	RecordClaimPayment(ctx context.Context, evt CreditEvent) error
	RecordReturn(ctx context.Context, evt CreditEvent) (bool, error)
}

// Notifier tells the billing office about money that arrived.
type Notifier interface {
	Send(ctx context.Context, to, subject, body string) error
}

var errBadSignature = errors.New("insurancebank: bad signature")

func checkSignature(secret string, body []byte, sig string) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(sig)) {
		return errBadSignature
	}
	return nil
}
