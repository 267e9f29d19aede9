// Package webhooks receives payment providers' webhooks: Stripe for ACH
// rent, GoCardless for Direct Debit rent, Braintree for cards and Fundline
// for owner and vendor transfers.
package webhooks

import (
	"context"

	"audit9/rentals/ledger"
)

// Charges is the part of the ledger the handlers update.
type Charges interface {
	ChargeByProviderRef(ctx context.Context, ref string) (*ledger.Charge, error)
	Lease(ctx context.Context, id string) (*ledger.Lease, error)
	MarkChargePaid(ctx context.Context, chargeID string) error
	MarkChargeFailed(ctx context.Context, chargeID, reason string) error
	PostEntry(ctx context.Context, e ledger.Entry) error
	ClaimEvent(ctx context.Context, provider, eventID string) (bool, error)
	QueueDisbursement(ctx context.Context, chargeID string) error
	MarkTransferCompleted(ctx context.Context, transferID string) error
}

// Mailer sends tenant e-mail.
type Mailer interface {
	SendReceipt(ctx context.Context, to string, c *ledger.Charge) error
}

// OwnerPayouts pays owners their share of a charge.
type OwnerPayouts interface {
	PayOwner(ctx context.Context, chargeID string) error
}
