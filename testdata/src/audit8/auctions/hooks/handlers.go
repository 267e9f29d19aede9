package hooks

import (
	"context"

	"github.com/hibiken/asynq"
	"github.com/uptrace/bun"
)

// PaymentEvents is the use case the bank webhook drives; settlement
// implements it and the wire package plugs it in.
type PaymentEvents interface {
	BuyerPaid(ctx context.Context, invoiceNo, paymentRef string, amountMinor int64) error
}

// EventLog remembers provider event ids we already handled.
type EventLog interface {
	Claim(ctx context.Context, provider, eventID string) (bool, error)
}

type Secrets struct {
	StripePlatform string
	StripeConnect  string
	Checkout       string
	Bank           string
	CarrierToken   string
}

type Handlers struct {
	sec      Secrets
	db       *bun.DB
	jobs     *asynq.Client
	events   EventLog
	payments PaymentEvents
	mail     *Mailer
	carrier  *CarrierClient
}

func New(sec Secrets, db *bun.DB, jobs *asynq.Client, events EventLog, payments PaymentEvents, carrier *CarrierClient) *Handlers {
	return &Handlers{sec: sec, db: db, jobs: jobs, events: events, payments: payments, mail: &Mailer{From: "payouts@lotline.example"}, carrier: carrier}
}
