// Package domain holds the club's core types.
package domain

import (
	"errors"
	"fmt"
	"time"
)

// Money is an amount in minor units.
type Money struct {
	Cents    int64
	Currency string
}

// Mollie and the pay-later API want "12.50" strings.
func (m Money) Decimal() string {
	return fmt.Sprintf("%d.%02d", m.Cents/100, m.Cents%100)
}

type Region string

const (
	RegionEU Region = "EU"
	RegionUK Region = "UK"
)

// Member is a club member. EU members pay by Mollie (SEPA/iDEAL first
// payment, then recurring), UK members by GoCardless Direct Debit.
type Member struct {
	ID               string
	Email            string
	Name             string
	Region           Region
	MollieCustomerID string
	MollieMandateID  string
	GCMandateID      string
	StripeCustomerID string
	StripePMID       string
	CreditCents      int64
	Status           MemberStatus
	JoinedAt         time.Time
}

type MemberStatus string

const (
	MemberPending   MemberStatus = "pending"
	MemberActive    MemberStatus = "active"
	MemberPaused    MemberStatus = "paused"
	MemberCancelled MemberStatus = "cancelled"
)

// BoxInvoice is one quarterly box billed to a member.
type BoxInvoice struct {
	ID          string
	MemberID    string
	Quarter     string
	Amount      Money
	Status      InvoiceStatus
	ProviderRef string
	Attempts    int
	NextAttempt time.Time
	CreatedAt   time.Time
}

type InvoiceStatus string

const (
	InvoicePending    InvoiceStatus = "pending"
	InvoiceSubmitted  InvoiceStatus = "submitted"
	InvoicePaid       InvoiceStatus = "paid"
	InvoiceFailed     InvoiceStatus = "failed"
	InvoiceWrittenOff InvoiceStatus = "written_off"
)

// ShopOrder is a one-off bottle order from the shop.
type ShopOrder struct {
	ID              string
	MemberID        string
	Email           string
	Lines           []OrderLine
	Total           Money
	Status          OrderStatus
	CheckoutSession string
	PayLaterOrderID string
	ShippedAt       *time.Time
}

type OrderLine struct {
	SKU      string
	Name     string
	Quantity int
	Unit     Money
}

type OrderStatus string

const (
	OrderOpen      OrderStatus = "open"
	OrderPaid      OrderStatus = "paid"
	OrderShipped   OrderStatus = "shipped"
	OrderCancelled OrderStatus = "cancelled"
	OrderRefunded  OrderStatus = "refunded"
)

// GiftMembership is bought once and redeemed by the recipient.
type GiftMembership struct {
	ID             string
	BuyerEmail     string
	RecipientEmail string
	Quarters       int
	Amount         Money
	Code           string
	Status         string
	MolliePayment  string
}

// CellarFee is a storage fee for bottles the club keeps for a member.
type CellarFee struct {
	ID           string
	MemberID     string
	Period       string
	Amount       Money
	PaymentID    string
	Status       string
	PaidThrough  *time.Time
	AttemptCount int
}

// Credit is member credit granted for returned bottles.
type Credit struct {
	ID        string
	MemberID  string
	ReturnID  string
	Cents     int64
	Reason    string
	CreatedAt time.Time
}

var (
	ErrNotFound = errors.New("not found")
	ErrDeclined = errors.New("payment declined")
	ErrPending  = errors.New("payment still pending")
)
