// Package domain holds the gym chain's core types.
package domain

import "time"

type Country string

const (
	Brazil   Country = "BR"
	Mexico   Country = "MX"
	Colombia Country = "CO"
	US       Country = "US"
)

func (c Country) Currency() string {
	switch c {
	case Brazil:
		return "BRL"
	case Mexico:
		return "MXN"
	case Colombia:
		return "COP"
	default:
		return "USD"
	}
}

type MembershipStatus string

const (
	MembershipActive   MembershipStatus = "active"
	MembershipPastDue  MembershipStatus = "past_due"
	MembershipFrozen   MembershipStatus = "frozen"
	MembershipCanceled MembershipStatus = "canceled"
)

type Member struct {
	ID       string
	Name     string
	Email    string
	Document string // CPF, CURP or cédula
	Country  Country
}

type Membership struct {
	ID            string
	MemberID      string
	GymID         string
	Country       Country
	PlanCents     int64
	Status        MembershipStatus
	PaidThrough   time.Time
	ProviderCard  string // saved card / customer token at the provider
	StripeCustID  string
	LastChargeRef string
}

// Period is the billing period key, e.g. "2026-12".
func (m Membership) Period(now time.Time) string { return now.Format("2006-01") }

type DayPass struct {
	ID        string    `bson:"_id"`
	GymID     string    `bson:"gym_id"`
	Document  string    `bson:"document"`
	Cents     int64     `bson:"cents"`
	Currency  string    `bson:"currency"`
	Status    string    `bson:"status"`
	Provider  string    `bson:"provider"`
	ChargeRef string    `bson:"charge_ref"`
	ValidOn   time.Time `bson:"valid_on"`
}

type TrainingPackage struct {
	ID           string
	MemberID     string
	TrainerID    string
	Sessions     int
	SessionsLeft int
	Cents        int64
	Currency     string
}

type Payout struct {
	ID          string
	FranchiseID string
	Country     Country
	Cents       int64
	Currency    string
	Period      string
	BankAccount BankAccount
	Status      string
}

type BankAccount struct {
	HolderName string
	Document   string
	BankCode   string
	Branch     string
	Account    string
}

type Refund struct {
	ID           string
	MembershipID string
	PaymentRef   string
	Cents        int64
	Currency     string
	Reason       string
}

// ProRata is the unused share of a monthly plan when a member freezes or
// cancels mid-period.
func ProRata(planCents int64, from, paidThrough time.Time) int64 {
	days := paidThrough.Sub(from).Hours() / 24
	if days <= 0 {
		return 0
	}
	return int64(float64(planCents) * days / 30)
}
