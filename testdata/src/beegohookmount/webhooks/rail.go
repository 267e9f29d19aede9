// Package webhooks receives a bank-debit rail's transfer callbacks:
// a beego handler that reads the posted body from ctx.Input.RequestBody
// and marks the invoice paid. It checks no signature itself; whether a
// route is safe depends on the filters in front of it where it is
// mounted.
package webhooks

import (
	"context"
	"encoding/json"
	"net/http"

	beecontext "github.com/beego/beego/v2/server/web/context"
)

// Invoices records what the rail says about a debit.
type Invoices interface {
	MarkPaid(ctx context.Context, invoiceID, transferID string) error
	MarkFailed(ctx context.Context, invoiceID string) error
}

// Callbacks handles the rail's transfer topics.
type Callbacks struct {
	invoices Invoices
}

// New builds the callbacks.
func New(inv Invoices) *Callbacks { return &Callbacks{invoices: inv} }

// TransferEvent is the rail's callback body.
type TransferEvent struct {
	ID         string `json:"id"`
	Topic      string `json:"topic"`
	ResourceID string `json:"resourceId"`
	InvoiceID  string `json:"correlationId"`
}

// Transfer marks the invoice paid when the debit completed.
func (c *Callbacks) Transfer(ctx *beecontext.Context) {
	var evt TransferEvent
	if err := json.Unmarshal(ctx.Input.RequestBody, &evt); err != nil {
		ctx.Output.SetStatus(http.StatusBadRequest)
		return
	}
	rc := ctx.Request.Context()
	switch evt.Topic {
	case "transfer_completed":
		if err := c.invoices.MarkPaid(rc, evt.InvoiceID, evt.ResourceID); err != nil {
			ctx.Output.SetStatus(http.StatusInternalServerError)
			return
		}
	case "transfer_failed":
		_ = c.invoices.MarkFailed(rc, evt.InvoiceID)
	}
	ctx.Output.SetStatus(http.StatusOK)
}
