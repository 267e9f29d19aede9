// Package domain holds the club network's core types.
package domain

import (
	"errors"
	"time"
)

// Region decides which payment rails a club uses.
type Region string

const (
	RegionEU Region = "eu"
	RegionCH Region = "ch"
	RegionUS Region = "us"
)

// Club is one venue of the network.
type Club struct {
	ID       int64  `db:"id"`
	Slug     string `db:"slug"`
	Name     string `db:"name"`
	Region   Region `db:"region"`
	Currency string `db:"currency"`
	Timezone string `db:"timezone"`
}

// Member is a player with an account at one or more clubs.
type Member struct {
	ID         int64  `db:"id" gorm:"primaryKey"`
	Email      string `db:"email"`
	FullName   string `db:"full_name"`
	HomeClubID int64  `db:"home_club_id"`
	// Provider-side references.
	GoCardlessMandate string `db:"gc_mandate_id"`
	SquareCustomerID  string `db:"square_customer_id"`
	CheckoutSourceID  string `db:"cko_source_id"` // stored card for no-show fees
}

// MembershipStatus is the lifecycle of an annual membership.
type MembershipStatus string

const (
	MembershipPendingDebit MembershipStatus = "pending_debit"
	MembershipActive       MembershipStatus = "active"
	MembershipLapsed       MembershipStatus = "lapsed"
	MembershipCancelled    MembershipStatus = "cancelled"
)

// Membership is an annual membership paid by direct debit.
type Membership struct {
	ID           int64            `gorm:"primaryKey"`
	MemberID     int64            `gorm:"index"`
	ClubID       int64            `gorm:"index"`
	Season       string           `gorm:"size:9"` // "2026/2027"
	Tier         string           `gorm:"size:32"`
	FeeCents     int64            `gorm:"not null"`
	Currency     string           `gorm:"size:3"`
	Status       MembershipStatus `gorm:"size:24"`
	ValidUntil   time.Time
	GCPaymentID  string `gorm:"column:gc_payment_id;size:32"`
	LastAttempt  time.Time
	AttemptCount int
}

// BookingStatus is the lifecycle of a court booking.
type BookingStatus string

const (
	BookingHeld      BookingStatus = "held"
	BookingConfirmed BookingStatus = "confirmed"
	BookingCancelled BookingStatus = "cancelled"
	BookingRainedOut BookingStatus = "rained_out"
	BookingNoShow    BookingStatus = "no_show"
)

// Booking is one court reservation.
type Booking struct {
	ID          int64         `db:"id"`
	Ref         string        `db:"ref"` // B-7Q2X9K, printed on receipts
	ClubID      int64         `db:"club_id"`
	CourtID     int64         `db:"court_id"`
	MemberID    int64         `db:"member_id"`
	StartsAt    time.Time     `db:"starts_at"`
	Minutes     int           `db:"minutes"`
	Outdoor     bool          `db:"outdoor"`
	PriceCents  int64         `db:"price_cents"`
	Currency    string        `db:"currency"`
	Status      BookingStatus `db:"status"`
	Provider    string        `db:"provider"`
	ProviderRef string        `db:"provider_ref"`
	CreatedAt   time.Time     `db:"created_at"`
}

// Outstanding reports whether the booking still waits for money.
func (b Booking) Outstanding() bool { return b.Status == BookingHeld }

// CoachingPackage is a bundle of lessons with a coach.
type CoachingPackage struct {
	ID         int64  `db:"id"`
	MemberID   int64  `db:"member_id"`
	CoachID    int64  `db:"coach_id"`
	Lessons    int    `db:"lessons"`
	Remaining  int    `db:"remaining"`
	PriceCents int64  `db:"price_cents"`
	Currency   string `db:"currency"`
	Status     string `db:"status"` // awaiting_payment, paid, used_up
	LinkID     string `db:"adyen_link_id"`
}

// NoShowFee is charged to a saved card when a member skips a booking.
type NoShowFee struct {
	ID          int64     `db:"id"`
	BookingID   int64     `db:"booking_id"`
	MemberID    int64     `db:"member_id"`
	AmountCents int64     `db:"amount_cents"`
	Currency    string    `db:"currency"`
	Status      string    `db:"status"` // pending, requested, captured, declined, waived
	CkoPayment  string    `db:"cko_payment_id"`
	CreatedAt   time.Time `db:"created_at"`
}

// Refund of a rained-out outdoor booking.
type Refund struct {
	ID          int64  `db:"id"`
	BookingID   int64  `db:"booking_id"`
	AmountCents int64  `db:"amount_cents"`
	Currency    string `db:"currency"`
	Provider    string `db:"provider"`
	ProviderRef string `db:"provider_ref"`
	Status      string `db:"status"` // queued, sent, failed
}

var (
	ErrNotFound     = errors.New("not found")
	ErrStillPending = errors.New("payment still pending")
)

// Page is one page of a listing.
type Page[T any] struct {
	Items []T
	Next  string
}

// Map applies f to every item of a page.
func Map[T, U any](p Page[T], f func(T) U) Page[U] {
	out := Page[U]{Next: p.Next, Items: make([]U, 0, len(p.Items))}
	for _, it := range p.Items {
		out.Items = append(out.Items, f(it))
	}
	return out
}
