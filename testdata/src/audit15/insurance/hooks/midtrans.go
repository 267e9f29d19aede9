package hooks

import (
	"context"
	"net/http"

	beecontext "github.com/beego/beego/v2/server/web/context"

	"audit15/insurance/platform"
	"audit15/insurance/policy"
)

// FirstTimer marks keys as seen.
type FirstTimer interface {
	FirstTime(ctx context.Context, key string) (bool, error)
}

// Midtrans handles Midtrans HTTP notifications (beego).
type Midtrans struct {
	ServerKey string
	Premiums  PremiumBook
	Activator policy.Activator
	Seen      FirstTimer
	Notifier  policy.Notifier
}

type midtransNotification struct {
	TransactionID     string `json:"transaction_id"`
	TransactionStatus string `json:"transaction_status"`
	OrderID           string `json:"order_id"`
	StatusCode        string `json:"status_code"`
	GrossAmount       string `json:"gross_amount"`
	SignatureKey      string `json:"signature_key"`
	FraudStatus       string `json:"fraud_status"`
}

func (h *Midtrans) Notify(ctx *beecontext.Context) {
	var n midtransNotification
	if err := ctx.Bind(&n); err != nil {
		ctx.Abort(http.StatusBadRequest, "bad notification")
		return
	}
	if err := platform.VerifyMidtransSignature(n.OrderID, n.StatusCode, n.GrossAmount, n.SignatureKey, h.ServerKey); err != nil {
		ctx.Abort(http.StatusUnauthorized, "bad signature")
		return
	}
	rc := ctx.Request.Context()
	first, err := h.Seen.FirstTime(rc, "midtrans:"+n.TransactionID+":"+n.TransactionStatus)
	if err != nil {
		ctx.Abort(http.StatusInternalServerError, "retry")
		return
	}
	if !first || n.TransactionStatus != "settlement" {
		ctx.Output.SetStatus(http.StatusOK)
		return
	}
	if err := h.Premiums.MarkPremiumPaid(rc, n.OrderID); err != nil { // want "\\[webhookverify\\] payment webhook Midtrans.Notify skips signature verification when the secret is empty"
		ctx.Abort(http.StatusInternalServerError, "retry")
		return
	}
	policyID, err := h.Premiums.PolicyIDByRef(rc, n.OrderID)
	if err == nil {
		_ = h.Activator.Activate(rc, policyID, n.TransactionID)
		_ = h.Notifier.Send(rc, policyID, "Terima kasih! Premi Anda telah kami terima.") // want "\\[webhookack\\] webhook handler sends a message \\(policy.Notifier.Send\\) before answering"
	}
	ctx.Output.SetStatus(http.StatusOK)
}
