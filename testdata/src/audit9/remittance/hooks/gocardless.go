package hooks

import (
	"context"
	"fmt"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit9/remittance/domain"
	"audit9/remittance/store"
)

// LedgerPoster appends ledger entries.
type LedgerPoster interface {
	Post(ctx context.Context, e store.LedgerEntry) error
}

// DebitEvents handles GoCardless payment events; the SDK's WebhookHandler
// checks the signature before calling HandleEvent.
type DebitEvents struct {
	transfers domain.TransferStore
	ledger    LedgerPoster
	notifier  domain.Notifier
	queue     domain.PayoutQueue
}

// NewDebitEvents returns the GoCardless event handler.
func NewDebitEvents(transfers domain.TransferStore, ledger LedgerPoster, notifier domain.Notifier, queue domain.PayoutQueue) *DebitEvents {
	return &DebitEvents{transfers: transfers, ledger: ledger, notifier: notifier, queue: queue}
}

// HandleEvent implements gocardless.EventHandler.
func (d *DebitEvents) HandleEvent(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Links == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	transferID, _ := e.Metadata["transfer_id"].(string)
	if transferID == "" {
		return fmt.Errorf("event %s has no transfer_id", e.Id)
	}
	switch e.Action {
	case "confirmed":
		t, err := d.transfers.Get(ctx, transferID)
		if err != nil {
			return err
		}
		if err := d.transfers.MarkFunded(ctx, transferID, e.Links.Payment); err != nil {
			return err
		}
		if err := d.ledger.Post(ctx, store.LedgerEntry{ // webhookdedupe (reported at the binding, cmd/remitd/main.go:107): every delivery of a payments/confirmed event inserts another funding ledger row (and MarkFunded above resets even a paid-out transfer to funded, then SMS and enqueue a payout again); no event id or state guard (Exirom "Not deduplicating webhooks", KeyStone "you may receive the same event more than once")
			TransferID: transferID,
			Kind:       "funding",
			Currency:   t.SourceCurrency,
			Amount:     t.SourceAmount,
			ExternalID: e.Links.Payment,
		}); err != nil {
			return err
		}
		if err := d.notifier.TransferFunded(ctx, t); err != nil { // webhookack (reported at the binding, cmd/remitd/main.go:107): TransferFunded sends an SMS (resty POST) inside HandleEvent, which the SDK's WebhookHandler runs before it answers GoCardless (Exirom "Respond 200 first, process async")
			return err
		}
		return d.queue.Enqueue(ctx, transferID)
	case "failed", "cancelled", "charged_back":
		return d.transfers.MarkFailed(ctx, transferID, "bank debit "+e.Action)
	}
	return nil
}
