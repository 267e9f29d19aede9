// Package domain holds the clinic's core types and the ports the
// services depend on.
package domain

import (
	"context"
	"errors"
	"time"
)

// AppointmentStatus is where a booked appointment stands.
type AppointmentStatus string

const (
	AppointmentBooked    AppointmentStatus = "booked"
	AppointmentCompleted AppointmentStatus = "completed"
	AppointmentNoShow    AppointmentStatus = "no_show"
	AppointmentCancelled AppointmentStatus = "cancelled"
)

// Appointment is a telehealth visit slot with an optional deposit hold.
type Appointment struct {
	ID              string
	PatientID       string
	ClinicianID     string
	StartsAt        time.Time
	Status          AppointmentStatus
	DepositCents    int64
	Currency        string
	PaymentIntentID string
	DepositStatus   string
}

// Visit is a finished appointment that may still owe a copay.
type Visit struct {
	ID            string
	AppointmentID string
	PatientID     string
	Region        string
	CopayCents    int64
	Currency      string
	PaymentRef    string
	PaymentStatus string
	UpdatedAt     time.Time
}

// ErrNotFound is returned by stores for unknown ids.
var ErrNotFound = errors.New("not found")

// ErrAlreadyProcessed is returned when an event or transition was applied before.
var ErrAlreadyProcessed = errors.New("already processed")

// VisitStore persists visits and their payment state.
type VisitStore interface {
	Get(ctx context.Context, id string) (*Visit, error)
	ListUnpaid(ctx context.Context, olderThan time.Duration, limit int) ([]Visit, error)
	SetPaymentRef(ctx context.Context, id, ref string) error
	MarkPaid(ctx context.Context, id, providerRef string) error
}

// AppointmentStore persists appointments.
type AppointmentStore interface {
	Get(ctx context.Context, id string) (*Appointment, error)
	SetDeposit(ctx context.Context, id, paymentIntentID, status string) error
}

// Notifier sends patient-facing messages.
type Notifier interface {
	SendSMS(ctx context.Context, phone, body string) error
	SendReceipt(ctx context.Context, email, subject, body string) error
}

// EventLog records provider events that were handled, keyed by provider event id.
type EventLog interface {
	// Claim records the event and reports false when it was recorded before.
	Claim(ctx context.Context, provider, eventID string) (bool, error)
}

// PharmacyPayer pays the pharmacy partner's monthly statement.
type PharmacyPayer interface {
	PayStatement(ctx context.Context, s Statement) (string, error)
}

// Statement is a pharmacy partner's monthly statement.
type Statement struct {
	ID          string
	PartnerID   string
	Month       string
	AmountCents int64
	IBAN        string
}
