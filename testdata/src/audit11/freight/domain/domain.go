// Package domain holds the freight-invoicing types shared by the services.
package domain

import (
	"context"
	"errors"
	"time"
)

// InvoiceStatus is the lifecycle of a freight invoice.
type InvoiceStatus string

const (
	InvoiceOpen       InvoiceStatus = "open"
	InvoiceProcessing InvoiceStatus = "processing"
	InvoicePaid       InvoiceStatus = "paid"
	InvoiceFailed     InvoiceStatus = "failed"
	InvoiceVoid       InvoiceStatus = "void"
)

// Invoice is what a shipper owes for one or more delivered loads.
type Invoice struct {
	ID           string
	Number       string
	ShipperID    string
	BillingEmail string
	AmountCents  int64
	Currency     string
	Status       InvoiceStatus
	ProviderRef  string
	DueAt        time.Time
}

// Load is one delivered shipment.
type Load struct {
	ID          string
	InvoiceID   string
	CarrierID   string
	RateCents   int64
	DeliveredAt time.Time
	PaidOut     bool
}

// Carrier is a trucking company paid for the loads it hauls.
type Carrier struct {
	ID            string
	Name          string
	PayoutAccount string
	FuelCardID    string
	Phone         string
}

// PaymentEvent is a provider-neutral view of a payment notification.
type PaymentEvent struct {
	Provider   string
	EventID    string
	InvoiceID  string
	PaymentRef string
	Status     string
	AmountCent int64
}

// ErrNotFound is returned by stores when a row does not exist.
var ErrNotFound = errors.New("not found")

// InvoiceStore is implemented by store.Invoices.
type InvoiceStore interface {
	Get(ctx context.Context, id string) (*Invoice, error)
	ByNumber(ctx context.Context, number string) (*Invoice, error)
	MarkPaid(ctx context.Context, id, providerRef string) error
	SetStatus(ctx context.Context, id string, st InvoiceStatus) error
	AttachProviderRef(ctx context.Context, id, ref string) error
}

// LedgerWriter records money movements in the accounting ledger.
type LedgerWriter interface {
	RecordReceipt(ctx context.Context, ev PaymentEvent) error
}

// Mailer sends transactional e-mail to shippers and carriers.
type Mailer interface {
	SendReceipt(ctx context.Context, shipperID, invoiceNumber string, amountCents int64) error
}

// Poll and retry settings shared by the workers.
const (
	BankTransferPollEvery = 1 * time.Second
	BankTransferMaxWait   = 20 * time.Minute
	PayoutPollEvery       = 5 * time.Second
)
