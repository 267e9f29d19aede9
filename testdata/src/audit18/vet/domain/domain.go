// Package domain holds the clinic chain's shared types.
package domain

import (
	"context"
	"time"
)

// Consultation is a visit billed at the front desk.
type Consultation struct {
	ID          string
	ClinicID    string
	PetID       string
	OwnerPhone  string
	AmountPence int64
	Status      string
}

// ShopOrder is an online pet-supplies order.
type ShopOrder struct {
	ID             string
	Reference      string
	AmountMinor    int64
	Currency       string
	PrescriptionID string
	Status         string
}

// Plan is a monthly wellness plan collected by direct debit.
type Plan struct {
	ID        string
	MandateID string
	PetID     string
	Monthly   int
	Credits   int
	NextDue   time.Time
}

const (
	StatusPending = "pending"
	StatusPaid    = "paid"
	StatusFailed  = "failed"
)

// PlanCredits grants wellness credits once a plan payment is collected.
type PlanCredits interface {
	GrantMonthlyCredits(ctx context.Context, planID string, credits int) error
}

// Notifier sends text messages to pet owners.
type Notifier interface {
	Send(ctx context.Context, phone, text string) error
}
