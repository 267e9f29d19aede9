// Package reportexports is a settlement back office on a resty client that
// retries: reports and exports about payments are asked for with POSTs
// that move no money, beside the payment writes the same client sends.
package reportexports

import (
	"context"
	"time"

	"github.com/go-resty/resty/v2"
)

// Backoffice talks to the acquirer's API.
type Backoffice struct {
	rc *resty.Client
}

// New configures a client that retries failed requests twice.
func New(base, token string) *Backoffice {
	rc := resty.New().
		SetBaseURL(base).
		SetAuthToken(token).
		SetRetryCount(2).
		SetRetryWaitTime(2 * time.Second)
	return &Backoffice{rc: rc}
}

// Settle asks the acquirer to settle the day's captures: money moves, and
// a retry without a key settles twice.
func (b *Backoffice) Settle(ctx context.Context, day string, cents int64) error {
	_, err := b.rc.R().SetContext(ctx). // want `POST /v1/settlements is retried by the resty client with SetRetryCount\(2\) \(line 20\) without an idempotency key`
						SetBody(map[string]any{"date": day, "amount": cents, "currency": "EUR"}).
						Post("/v1/settlements")
	return err
}

// PayStatement pays one supplier statement: the payment word after the
// statement's id pays it.
func (b *Backoffice) PayStatement(ctx context.Context, statementID string) error {
	_, err := b.rc.R().SetContext(ctx). // want `POST /v1/statements/\{\}/pay is retried by the resty client with SetRetryCount\(2\) \(line 20\) without an idempotency key`
						Post("/v1/statements/" + statementID + "/pay")
	return err
}

// SettlementReport asks for the day's settlement report: a document about
// settlements, no money moved.
func (b *Backoffice) SettlementReport(ctx context.Context, day string) error {
	_, err := b.rc.R().SetContext(ctx).
		SetBody(map[string]string{"date": day}).
		Post("/reports/settlements")
	return err
}

// ExportPayments asks for a CSV export of the month's payments.
func (b *Backoffice) ExportPayments(ctx context.Context, month string) error {
	_, err := b.rc.R().SetContext(ctx).
		SetBody(map[string]string{"month": month, "format": "csv"}).
		Post("/v1/exports/payments")
	return err
}

// PayoutReport asks for a report of the payouts, named after them.
func (b *Backoffice) PayoutReport(ctx context.Context, from, to string) error {
	_, err := b.rc.R().SetContext(ctx).
		SetBody(map[string]string{"from": from, "to": to}).
		Post("/v1/payouts/reports")
	return err
}

// RefundStatement asks for the statement of a month's refunds.
func (b *Backoffice) RefundStatement(ctx context.Context, month string) error {
	_, err := b.rc.R().SetContext(ctx).
		SetBody(map[string]string{"month": month}).
		Post("/v1/reporting/refunds")
	return err
}

// PayStatements pays the open statements: an action word after the
// statements collection pays.
func (b *Backoffice) PayStatements(ctx context.Context, supplier string) error {
	_, err := b.rc.R().SetContext(ctx). // want `POST /v1/statements/pay is retried by the resty client with SetRetryCount\(2\) \(line 20\) without an idempotency key`
						SetBody(map[string]string{"supplier": supplier}).
						Post("/v1/statements/pay")
	return err
}
