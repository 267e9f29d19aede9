// Package domain holds the donation use cases' ports (hexagonal layout):
// adapters implement them, the HTTP layer only sees these interfaces.
package domain

import "context"

// Donation is a one-off card donation.
type Donation struct {
	ID          string
	DonorEmail  string
	CampaignID  string
	AmountPence int64
	Currency    string
	Status      string // pending, paid, failed
}

// CardGateway charges and refunds card donations.
type CardGateway interface {
	Charge(ctx context.Context, d Donation, paymentMethod string) (intentID string, err error)
	Refund(ctx context.Context, donationID, intentID string) error
	IntentStatus(ctx context.Context, intentID string) (string, error)
}

// DonationRepository stores donations.
type DonationRepository interface {
	Get(ctx context.Context, id string) (Donation, error)
	Create(ctx context.Context, d Donation) error
	MarkPaid(ctx context.Context, id string) error
	MarkFailed(ctx context.Context, id string) error
}
