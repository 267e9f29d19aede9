// Package domain holds the tutoring marketplace's core types.
package domain

import "time"

// BookingStatus is the lifecycle of a lesson booking.
type BookingStatus string

const (
	BookingPending   BookingStatus = "pending"
	BookingPaid      BookingStatus = "paid"
	BookingCancelled BookingStatus = "cancelled"
	BookingRefunded  BookingStatus = "refunded"
)

// Provider names a payment provider.
type Provider string

const (
	Razorpay Provider = "razorpay"
	Xendit   Provider = "xendit"
	Midtrans Provider = "midtrans"
	Adyen    Provider = "adyen"
)

// Booking is one lesson (or a credit pack purchase) paid by a student.
type Booking struct {
	ID          int64
	StudentID   int64
	TutorID     int64
	PackID      string
	Credits     int
	AmountMinor int64
	Currency    string
	Provider    Provider
	ProviderRef string
	Status      BookingStatus
	StartsAt    time.Time
	CreatedAt   time.Time
}

// Earning is money owed to a tutor for a lesson taught.
type Earning struct {
	ID            int64
	TutorID       int64
	BookingID     int64
	AmountMinor   int64
	FundAccountID string
	PayoutID      string
	PaidAt        *time.Time
}

// Lesson is a scheduled session in a video room.
type Lesson struct {
	ID        int64
	BookingID int64
	RoomID    string
	StartsAt  time.Time
	Recording string
}
