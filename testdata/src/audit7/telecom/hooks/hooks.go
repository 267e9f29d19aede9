// Package hooks receives provider callbacks: Adyen card notifications,
// GoCardless debit events, the top-up aggregator and the porting hub.
// Routes are mounted by package server.
package hooks

import (
	"context"

	"audit7/telecom/datapacks"
)

// Billing is the invoice and prepaid-balance domain (billingsvc).
type Billing interface {
	// SettleInvoice marks the invoice paid and returns the line to reconnect.
	SettleInvoice(ctx context.Context, invoiceID, pspRef string) (msisdn string, err error)
	MarkDebitFailed(ctx context.Context, invoiceID string) error
	CreditTopUp(ctx context.Context, msisdn string, amountCts int64, ref string) error
}

// Porting records number-porting progress from the national porting hub.
type Porting interface {
	SetPortState(ctx context.Context, portID, state string) error
}

type smsJob struct{ MSISDN, Text string }

type Handlers struct {
	Billing         Billing
	Porting         Porting
	Network         *datapacks.Provisioner
	AdyenHMACKey    string
	AggregatorKey   []byte
	SMS             chan smsJob
	GoCardlessToken string
}

func New(b Billing, p Porting, n *datapacks.Provisioner, adyenKey string, aggKey []byte) *Handlers {
	return &Handlers{Billing: b, Porting: p, Network: n, AdyenHMACKey: adyenKey, AggregatorKey: aggKey, SMS: make(chan smsJob, 256)}
}

// SMSSender is topupclient.SMSGateway in production.
type SMSSender interface {
	Send(ctx context.Context, msisdn, text string) error
}

// DrainSMS sends the queued confirmation texts, off the webhook's path.
func (h *Handlers) DrainSMS(ctx context.Context, s SMSSender) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-h.SMS:
			_ = s.Send(ctx, j.MSISDN, j.Text)
		}
	}
}
