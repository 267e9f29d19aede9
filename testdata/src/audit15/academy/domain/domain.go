// Package domain holds the academy's core types and the ports the
// services depend on.
package domain

import (
	"context"
	"time"
)

// Region decides which provider collects a purchase.
type Region string

const (
	RegionIN Region = "IN"
	RegionEU Region = "EU"
)

// Order is one course purchase or plan sign-up.
type Order struct {
	ID          string
	LearnerID   string
	CourseID    string
	Kind        string
	AmountMinor int64
	Currency    string
	Region      Region
	Provider    string
	ProviderRef string
	Status      string
	CreatedAt   time.Time
}

// Order kinds.
const (
	KindCourse  = "course"
	KindCredit  = "credit"
	KindVoucher = "voucher"
	KindPlan    = "plan"
)

const (
	OrderPending  = "pending"
	OrderPaid     = "paid"
	OrderFailed   = "failed"
	OrderRefunded = "refunded"
)

// Earning is an instructor's share of one paid order.
type Earning struct {
	ID               int64  `bun:"id,pk"`
	InstructorID     string `bun:"instructor_id"`
	ConnectAccountID string `bun:"connect_account_id"`
	OrderID          string `bun:"order_id"`
	AmountMinor      int64  `bun:"amount_minor"`
	Currency         string `bun:"currency"`
	TransferID       string `bun:"transfer_id"`
	PaidAt           *time.Time
}

// Enroller gives a learner access to a course.
type Enroller interface {
	Enroll(ctx context.Context, learnerID, courseID, orderID string) error
}

// EarningsRecorder books the instructor share of a paid order.
type EarningsRecorder interface {
	RecordSale(ctx context.Context, orderID string, amountMinor int64, currency string) error
}

// Mailer sends transactional mail.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}
