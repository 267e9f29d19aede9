// Package store is the Postgres (gorm) and Redis persistence of the salons
// backend.
package store

import "time"

// Country is where a salon operates; it decides the payment rails.
type Country string

const (
	Brazil    Country = "BR"
	Mexico    Country = "MX"
	Argentina Country = "AR"
)

// Appointment is a booked service with a stylist.
type Appointment struct {
	ID            int64 `gorm:"primaryKey"`
	SalonID       int64
	Country       Country
	StylistID     int64
	ClientID      int64
	ServiceName   string
	StartsAt      time.Time
	PriceCents    int64
	Currency      string
	DepositCents  int64
	DepositStatus string // none, pending, paid, refunded
	DepositRef    string // PIX txid, MP payment id, Stripe PaymentIntent id
	Status        string // booked, confirmed, done, no_show, canceled
	NoShowFeeRef  string
	UpdatedAt     time.Time
}

// Client is a salon customer; Mexican clients may keep a card on file.
type Client struct {
	ID               int64 `gorm:"primaryKey"`
	Name             string
	Email            string
	Phone            string
	StripeCustomer   string
	StripeCardOnFile string
	MPCustomerID     string
	MPCardToken      string
}

// GiftCard is a prepaid balance usable at any salon of the country.
type GiftCard struct {
	ID           int64  `gorm:"primaryKey"`
	Code         string `gorm:"uniqueIndex"`
	Country      Country
	BalanceCents int64
	Currency     string
	Status       string // pending_payment, issued, void
	BuyerEmail   string
	OrderRef     string
	UpdatedAt    time.Time
}

// Sale is a front-desk sale of products (shampoo, wax, brushes...).
type Sale struct {
	ID          int64 `gorm:"primaryKey"`
	SalonID     int64
	Country     Country
	StylistID   int64
	TotalCents  int64
	Currency    string
	Method      string // pix, mp, card, oxxo, cash
	ProviderRef string
	Status      string // open, pending, paid, canceled
	CreatedAt   time.Time
}

// Commission is money owed to a stylist for a service or a product sale.
type Commission struct {
	ID          int64 `gorm:"primaryKey"`
	StylistID   int64
	SourceKind  string // appointment, sale, tip
	SourceRef   string `gorm:"uniqueIndex:ux_commission_source"`
	AmountCents int64
	Currency    string
	PayoutID    *int64
	CreatedAt   time.Time
}

// Payout is one transfer to a stylist's bank account (weekly or advance).
type Payout struct {
	ID          int64 `gorm:"primaryKey"`
	StylistID   int64
	Country     Country
	AmountCents int64
	Currency    string
	Account     string // CLABE, CBU or PIX key
	ProviderID  string
	Status      string // pending, processing, paid, failed, returned
	Attempts    int
	Kind        string // weekly, advance
	UpdatedAt   time.Time
}

// Stylist works at one salon and is paid commission weekly.
type Stylist struct {
	ID            int64 `gorm:"primaryKey"`
	SalonID       int64
	Name          string
	Country       Country
	Account       string
	Phone         string
	CommissionPct int
}

// Voucher is an OXXO cash voucher for a sale or a gift card.
type Voucher struct {
	ID          int64  `gorm:"primaryKey"`
	Reference   string `gorm:"uniqueIndex"`
	ProviderID  string
	SaleID      *int64
	GiftCardID  *int64
	AmountCents int64
	Barcode     string
	ExpiresAt   time.Time
	Status      string // pending, paid, expired
}

// PixCharge is an immediate PIX charge (cob) shown at the front desk or on
// the booking page.
type PixCharge struct {
	TxID          string `gorm:"primaryKey"`
	AppointmentID *int64
	SaleID        *int64
	AmountCents   int64
	Status        string // pending, paid, expired
	EndToEndID    string
	CreatedAt     time.Time
}
