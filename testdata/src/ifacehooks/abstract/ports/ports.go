// Package ports declares the stores and services the HTTP packages call;
// their implementations live in packages wired in main, which the HTTP
// packages do not import.
package ports

import "context"

// Payment states, as the store spells them.
const (
	StatusCaptured = "CAPTURED"
	StatusShipped  = "shipped"
)

// InvoiceStore keeps invoices and their payment state.
type InvoiceStore interface {
	UpdatePaymentStatus(ctx context.Context, invoiceID, status string) error
	SetState(ctx context.Context, invoiceID, state string) error
	Get(ctx context.Context, invoiceID string) (string, error)
}

// Logger is the structured logger.
type Logger interface {
	Info(msg string, kv ...any)
}

// Metrics counts events.
type Metrics interface {
	Inc(name string)
}

// Notifier pushes a message to the customer.
type Notifier interface {
	Send(ctx context.Context, customerID, text string) error
}

// BuildStore keeps CI build states.
type BuildStore interface {
	SetStatus(ctx context.Context, buildID, status string) error
}

// Wallets credits customers' wallets.
type Wallets interface {
	TopUp(ctx context.Context, customerID string, cents int64) error
	AddBonusPoints(ctx context.Context, customerID string, points int) error
	SetTier(ctx context.Context, customerID, tier string) error
}

// Rewards grants loyalty points for the daily login.
type Rewards interface {
	AddPoints(ctx context.Context, userID string, points int) error
}

// Stats records amounts for dashboards.
type Stats interface {
	AddRevenueSample(ctx context.Context, cents int64) error
}

// Events remembers the provider event ids already processed.
type Events interface {
	Seen(ctx context.Context, eventID string) (bool, error)
}

// Enrolments unlocks courses and licences.
type Enrolments interface {
	Unlock(ctx context.Context, courseID, userID string) error
	IssueLicence(ctx context.Context, userID string) error
	SetStatus(ctx context.Context, enrolmentID, status string) error
}

// Users confirms sign-ups.
type Users interface {
	Confirm(ctx context.Context, token string) error
}
