// Package domain holds the marketplace's core types.
package domain

import "time"

// ConsultStatus tracks a consultation from booking to payout.
type ConsultStatus string

const (
	ConsultBooked    ConsultStatus = "booked"
	ConsultPaid      ConsultStatus = "paid"
	ConsultCompleted ConsultStatus = "completed"
	ConsultCancelled ConsultStatus = "cancelled"
	ConsultRefunded  ConsultStatus = "refunded"
)

// Method is how a patient pays.
type Method string

const (
	MethodCard   Method = "card"
	MethodACH    Method = "ach"
	MethodPayPal Method = "paypal"
	MethodUSDC   Method = "usdc"
)

// Consult is one booked consultation.
type Consult struct {
	ID            string        `bun:",pk"`
	PatientID     string        `bun:"patient_id"`
	ClinicianID   string        `bun:"clinician_id"`
	ScheduledAt   time.Time     `bun:"scheduled_at"`
	PriceCents    int64         `bun:"price_cents"`
	Currency      string        `bun:"currency"`
	Method        Method        `bun:"method"`
	Status        ConsultStatus `bun:"status"`
	ProviderRef   string        `bun:"provider_ref"`
	Region        string        `bun:"region"`
	PatientEmail  string        `bun:"patient_email"`
	CancelledAt   *time.Time    `bun:"cancelled_at"`
	PlatformFeeBP int64         `bun:"platform_fee_bp"`
}

// ClinicianShare is what the clinician earns for a consult.
func (c *Consult) ClinicianShare() int64 {
	return c.PriceCents - c.PriceCents*c.PlatformFeeBP/10000
}

// Clinician is a provider paid through a Connect account.
type Clinician struct {
	ID              string
	DisplayName     string
	StripeAccountID string
	Email           string
}

// PayoutRun is one clinician's weekly payout row (MySQL ledger).
type PayoutRun struct {
	ID          int64
	ClinicianID string
	AccountID   string
	WeekOf      time.Time
	AmountCents int64
	Status      string
	TransferID  string
	PayoutID    string
}

// Clinic buys seat subscriptions for its clinicians.
type Clinic struct {
	ID                string
	Name              string
	PaddleCustomerID  string
	Seats             int
	PaidThrough       time.Time
	SubscriptionState string
}

// ACHDebit is a pull from a patient's bank account.
type ACHDebit struct {
	ID          string
	ConsultID   string
	FundingSrc  string
	AmountCents int64
	TransferURL string
	Status      string
}
