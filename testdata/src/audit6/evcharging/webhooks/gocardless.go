package webhooks

import (
	"context"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// fleetEvents is wrapped in gocardless.NewWebhookHandler, which checks the
// Webhook-Signature before handing over each event.
func (h *Handler) fleetEvents(e gocardless.Event) error {
	ctx := context.Background()
	if e.ResourceType != "payments" || e.Links == nil {
		return nil
	}
	first, err := h.firstDelivery(ctx, "gocardless", e.Id)
	if err != nil || !first {
		return err
	}
	switch e.Action {
	case "confirmed":
		// prepaid fleets: the collected amount becomes driving credit
		_, err = h.db.ExecContext(ctx,
			`UPDATE fleet_accounts f SET credit_cents = f.credit_cents + i.cents
			   FROM invoices i WHERE i.gc_payment_id = $1 AND f.id = i.fleet_id`, e.Links.Payment)
		if err != nil {
			return err
		}
		return h.jobs.Enqueue(ctx, "fleet_receipt", e.Links.Payment)
	case "failed":
		_, err = h.db.ExecContext(ctx, `UPDATE invoices SET status = 'debit_failed' WHERE gc_payment_id = $1`, e.Links.Payment)
		return err
	}
	return nil
}
