package payouts

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
	"github.com/valyala/fasthttp"

	"audit21/festival/store"
)

// Notification is the transfer API's callback.
type Notification struct {
	ID         string `json:"id"`
	Type       string `json:"type"` // transfer.paid, transfer.failed, transfer.returned
	TransferID string `json:"transfer_id"`
	Reference  string `json:"reference"`
	Amount     int64  `json:"amount"`
}

// Callbacks handles the transfer API's notifications.
type Callbacks struct {
	Payouts *store.Payouts
	Server  *machinery.Server
	Log     *slog.Logger
}

// Handle processes one notification.
func (cb *Callbacks) Handle(fctx *fasthttp.RequestCtx) {
	var n Notification
	if err := json.Unmarshal(fctx.PostBody(), &n); err != nil {
		fctx.Error("bad payload", fasthttp.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	p, err := cb.Payouts.ByID(ctx, payoutIDFromRef(n.Reference))
	if err != nil {
		cb.Log.WarnContext(ctx, "callback for unknown payout", "ref", n.Reference)
		fctx.SetStatusCode(fasthttp.StatusOK)
		return
	}
	switch n.Type {
	case "transfer.paid":
		err = cb.Payouts.Settle(ctx, p.ID, "paid", n.TransferID)
	case "transfer.failed":
		sig := &tasks.Signature{Name: TaskPayVendor, Args: []tasks.Arg{{Name: "payoutID", Type: "string", Value: p.ID}}}
		if err = cb.Payouts.Settle(ctx, p.ID, "pending", n.TransferID); err == nil {
			_, err = cb.Server.SendTaskWithContext(ctx, sig) // audit: lookalike webhookack: the retry is only put on the machinery queue before the 200; the transfer call runs in the worker
		}
	case "transfer.returned":
		// The beneficiary bank bounced it: put the money back so that the
		// vendor desk can fix the IBAN and it goes out with the next run.
		if err = cb.Payouts.Settle(ctx, p.ID, "returned", n.TransferID); err == nil {
			err = cb.Payouts.ReturnToVendor(ctx, p.VendorID, p.AmountCents) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Payouts\\.ReturnToVendor:"
		}
	}
	if err != nil {
		fctx.Error("try later", fasthttp.StatusBadGateway)
		return
	}
	fctx.SetStatusCode(fasthttp.StatusOK)
}

func payoutIDFromRef(ref string) string {
	const prefix = "Festival takings "
	if len(ref) > len(prefix) && ref[:len(prefix)] == prefix {
		return ref[len(prefix):]
	}
	return ref
}
