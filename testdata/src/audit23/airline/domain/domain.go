// Package domain holds the booking backend's core types.
package domain

import (
	"errors"
	"time"
)

type Market string

const (
	MarketEU Market = "EU"
	MarketBR Market = "BR"
	MarketMX Market = "MX"
)

type BookingStatus string

const (
	BookingHeld      BookingStatus = "held"
	BookingPending   BookingStatus = "payment_pending"
	BookingPaid      BookingStatus = "paid"
	BookingTicketed  BookingStatus = "ticketed"
	BookingCancelled BookingStatus = "cancelled"
	BookingExpired   BookingStatus = "expired"
)

// Booking is a fare booking (PNR) with one or more passengers.
type Booking struct {
	ID          int64  `gorm:"primaryKey"`
	PNR         string `gorm:"uniqueIndex;size:6"`
	Market      Market
	Currency    string
	AmountMinor int64
	Status      BookingStatus
	Provider    string
	ProviderRef string
	Email       string
	AgentID     *int64
	HoldUntil   time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

func (b *Booking) Expired(now time.Time) bool {
	return b.Status == BookingHeld && now.After(b.HoldUntil)
}

type AncillaryKind string

const (
	AncillarySeat AncillaryKind = "seat"
	AncillaryBag  AncillaryKind = "bag"
)

// Ancillary is a seat or bag bought after the booking.
type Ancillary struct {
	ID          int64 `gorm:"primaryKey"`
	BookingID   int64
	Kind        AncillaryKind
	Segment     string
	SeatNumber  string
	AmountMinor int64
	Currency    string
	Status      string
	PaymentRef  string
	CreatedAt   time.Time
}

// Refund of a cancelled flight, paid back to the original method or as a voucher.
type Refund struct {
	ID          int64 `gorm:"primaryKey"`
	BookingID   int64
	AmountMinor int64
	Currency    string
	Method      string // "original" or "voucher"
	Status      string
	ProviderRef string
	CreatedAt   time.Time
}

type Voucher struct {
	Code        string `gorm:"primaryKey"`
	BookingID   int64
	AmountMinor int64
	Currency    string
	ExpiresAt   time.Time
}

// Commission owed to a travel agency for a ticketed booking.
type Commission struct {
	ID          int64
	AgentID     int64
	BookingID   int64
	AmountMinor int64
	Currency    string
	Status      string
	PayoutRef   string
}

type PixStatus string

const (
	PixActive    PixStatus = "ATIVA"
	PixConcluded PixStatus = "CONCLUIDA"
	PixRemoved   PixStatus = "REMOVIDA_PELO_USUARIO_RECEBEDOR"
	PixRemovedBy PixStatus = "REMOVIDA_PELO_PSP"
)

// Final reports whether the charge will not change any more.
func (s PixStatus) Final() bool {
	switch s {
	case PixConcluded, PixRemoved, PixRemovedBy:
		return true
	}
	return false
}

var (
	ErrNotFound     = errors.New("not found")
	ErrHoldExpired  = errors.New("seat hold expired")
	ErrDeclined     = errors.New("payment declined")
	ErrStillPending = errors.New("payment still pending")
)
