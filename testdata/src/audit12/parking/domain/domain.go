// Package domain holds the types shared by the parking, toll, wallet,
// enforcement and fleet services.
package domain

import (
	"context"
	"errors"
	"time"
)

// SessionStatus is the lifecycle of a pay-by-plate street parking session.
type SessionStatus string

const (
	SessionOpen     SessionStatus = "open"
	SessionEnded    SessionStatus = "ended"
	SessionCharging SessionStatus = "charging"
	SessionPaid     SessionStatus = "paid"
	SessionFailed   SessionStatus = "failed"
	SessionRefunded SessionStatus = "refunded"
)

// Session is one parking session of a plate in a zone.
type Session struct {
	ID                string        `db:"id"`
	Plate             string        `db:"plate"`
	ZoneID            string        `db:"zone_id"`
	Phone             string        `db:"phone"`
	AmountCents       int64         `db:"amount_cents"`
	Currency          string        `db:"currency"`
	Status            SessionStatus `db:"status"`
	Provider          string        `db:"provider"`
	ProviderPaymentID string        `db:"provider_payment_id"`
	CardSourceID      string        `db:"card_source_id"`
	StartedAt         time.Time     `db:"started_at"`
	EndedAt           time.Time     `db:"ended_at"`
}

// TollInvoice is a post-paid toll-road invoice collected by direct debit.
type TollInvoice struct {
	ID                  string
	AccountID           string
	MandateID           string
	AmountCents         int
	Currency            string
	Status              string
	GoCardlessPaymentID string
	Phone               string
}

// Fine statuses.
const (
	FineUnpaid = "unpaid"
	FinePaid   = "paid"
	FineVoided = "voided"
)

// Fine is an enforcement fine raised from an ANPR camera read.
type Fine struct {
	ID              string `bson:"_id"`
	Plate           string `bson:"plate"`
	CameraID        string `bson:"camera_id"`
	AmountIDR       float64
	Status          string `bson:"status"`
	XenditRequestID string `bson:"xendit_request_id"`
	EvidenceURL     string `bson:"evidence_url"`
	IssuedAt        time.Time
}

// Topup is a prepaid wallet top-up paid by card.
type Topup struct {
	ID          string
	WalletID    string
	AmountCents int64
	PaymentID   string
	Status      string
}

// FleetStatement is a company's monthly statement.
type FleetStatement struct {
	ID          string
	CompanyID   string
	DebtorIBAN  string
	AmountCents int64
	Period      string
}

// ErrNotFound is returned by stores for unknown ids.
var ErrNotFound = errors.New("not found")

// SessionStore persists parking sessions.
type SessionStore interface {
	Get(ctx context.Context, id string) (*Session, error)
	ListEnded(ctx context.Context, limit int) ([]Session, error)
	ListCharging(ctx context.Context, olderThan time.Duration) ([]Session, error)
	SetCharging(ctx context.Context, id, provider, paymentID string) error
	MarkPaid(ctx context.Context, id string) error
	MarkFailed(ctx context.Context, id, reason string) error
	MarkRefunded(ctx context.Context, id string) error
}

// Charger charges a finished session on the driver's saved card.
type Charger interface {
	Charge(ctx context.Context, s *Session) (paymentID string, err error)
}

// Notifier sends text messages to drivers.
type Notifier interface {
	SendReceipt(ctx context.Context, phone, text string) error
}

// Outbox queues work for the background workers.
type Outbox interface {
	Enqueue(ctx context.Context, topic, payload string) error
}
