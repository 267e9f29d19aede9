// Package domain holds the types shared by the pharmacy services.
package domain

import (
	"context"
	"errors"
	"time"
)

// Region decides which provider takes a payment.
type Region string

const (
	RegionIN Region = "IN"
	RegionEU Region = "EU"
	RegionNL Region = "NL"
	RegionUS Region = "US"
)

// Order states stored for prescription orders and consultations.
const (
	StatusPending    = "pending"
	StatusAwaitCOD   = "awaiting_cod"
	StatusPaid       = "paid"
	StatusFailed     = "failed"
	StatusCancelled  = "cancelled"
	StatusRefunded   = "refunded"
	StatusDispatched = "dispatched"
)

// Consultation is a booked telehealth slot, paid at booking.
type Consultation struct {
	ID          string
	PatientID   string
	DoctorID    string
	Region      Region
	AmountMinor int64
	Currency    string
	ProviderRef string // razorpay order id or adyen psp reference
	PaymentID   string
	Status      string
	StartsAt    time.Time
}

// RxOrder is a prescription order.
type RxOrder struct {
	ID             string
	PatientID      string
	PrescriptionID string
	PharmacyID     string
	AmountMinor    int64
	Currency       string
	PaymentMethod  string // "card", "upi", "cod"
	ProviderRef    string
	Status         string
}

// Refill is a monthly refill subscription.
type Refill struct {
	ID          string
	PatientID   string
	Region      Region
	MandateID   string
	CardID      string
	AmountMinor int64
	Currency    string
	NextRunAt   time.Time
	Status      string
	LastPayment string
}

// Patient contact details used for receipts and reminders.
type Patient struct {
	ID    string
	Name  string
	Email string
	Phone string
}

// ErrNotFound is returned by stores when a row does not exist.
var ErrNotFound = errors.New("not found")

// ConsultationPayments is what the webhook layer needs from the
// consultation service.
type ConsultationPayments interface {
	MarkConsultationPaid(ctx context.Context, ref string, amountMinor int64) error
	MarkConsultationFailed(ctx context.Context, ref string) error
}

// RefillActivator turns a paid refill payment into a dispatched refill.
type RefillActivator interface {
	ActivateRefill(ctx context.Context, refillID, paymentID string) error
}

// Notifier sends patient messages.
type Notifier interface {
	SendSMS(ctx context.Context, phone, text string) error
	SendEmail(ctx context.Context, to, subject, body string) error
}

// Dispatcher ships prescription orders from the partner pharmacy.
type Dispatcher interface {
	ShipOrder(ctx context.Context, orderID string) error
}
