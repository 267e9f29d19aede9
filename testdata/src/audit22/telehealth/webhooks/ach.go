package webhooks

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	beecontext "github.com/beego/beego/v2/server/web/context"

	"audit22/telehealth/platform"
)

// ACHLedger records debit statuses.
type ACHLedger interface {
	SetACHStatus(ctx context.Context, transferURL, status string) error
}

// ReceiptJob asks the mail worker to send a payment receipt.
type ReceiptJob struct {
	ConsultID string
}

// ACH receives AchRail transfer events.
type ACH struct {
	ledger   ACHLedger
	consults Consults
	receipts chan<- ReceiptJob
	log      *slog.Logger
}

// NewACH builds the AchRail hook; receipts is drained by the mail worker.
func NewACH(l ACHLedger, c Consults, receipts chan<- ReceiptJob) *ACH {
	return &ACH{ledger: l, consults: c, receipts: receipts, log: platform.With("ach-hooks")}
}

// AchEvent is an AchRail webhook body.
type AchEvent struct {
	ID         string `json:"id"`
	Topic      string `json:"topic"`
	ResourceID string `json:"resourceId"`
	Links      struct {
		Resource struct {
			Href string `json:"href"`
		} `json:"resource"`
	} `json:"_links"`
	CorrelationID string `json:"correlationId"`
}

// Transfer handles bank transfer topics.
func (a *ACH) Transfer(ctx *beecontext.Context) {
	var evt AchEvent
	if err := json.Unmarshal(ctx.Input.RequestBody, &evt); err != nil {
		ctx.Output.SetStatus(http.StatusBadRequest)
		return
	}
	c := ctx.Request.Context()
	switch evt.Topic {
	case "customer_bank_transfer_completed":
		if err := a.ledger.SetACHStatus(c, evt.Links.Resource.Href, "processed"); err != nil {
			ctx.Output.SetStatus(http.StatusInternalServerError)
			return
		}
		if err := a.consults.MarkPaid(c, evt.CorrelationID, evt.ResourceID); err != nil {
			ctx.Output.SetStatus(http.StatusInternalServerError)
			return
		}
		a.receipts <- ReceiptJob{ConsultID: evt.CorrelationID} // audit: lookalike webhookack: the receipt is queued for the mail worker, nothing slow before the 200
	case "customer_bank_transfer_failed", "customer_bank_transfer_cancelled":
		if err := a.ledger.SetACHStatus(c, evt.Links.Resource.Href, "failed"); err != nil {
			ctx.Output.SetStatus(http.StatusInternalServerError)
			return
		}
	}
	ctx.Output.SetStatus(http.StatusOK)
}
