package webhooks

import (
	"context"
	"encoding/json"
	"log/slog"

	beecontext "github.com/beego/beego/v2/server/web/context"
	"github.com/razorpay/razorpay-go/utils"
)

// FeeBook records India fee payments.
type FeeBook interface {
	MarkFeePaid(ctx context.Context, feeID, paymentID string) error
}

// RazorpayHooks handles Razorpay events for the India business.
type RazorpayHooks struct {
	secret string
	fees   FeeBook
	log    *slog.Logger
}

// NewRazorpayHooks builds the handler.
func NewRazorpayHooks(secret string, fees FeeBook, log *slog.Logger) *RazorpayHooks {
	return &RazorpayHooks{secret: secret, fees: fees, log: log}
}

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID     string            `json:"id"`
				Status string            `json:"status"`
				Notes  map[string]string `json:"notes"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

// Handle is the beego handler for POST /hooks/razorpay.
func (h *RazorpayHooks) Handle(ctx *beecontext.Context) {
	body := ctx.Input.RequestBody
	sig := ctx.Input.Header("X-Razorpay-Signature")
	if !utils.VerifyWebhookSignature(string(body), sig, h.secret) {
		h.log.Warn("razorpay webhook: signature mismatch", "len", len(body))
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		ctx.Abort(400, "bad payload")
		return
	}
	p := evt.Payload.Payment.Entity
	if evt.Event == "payment.captured" && p.Status == "captured" {
		if err := h.fees.MarkFeePaid(ctx.Request.Context(), p.Notes["fee_id"], p.ID); err != nil { // want "\\[webhookverify\\] payment webhook RazorpayHooks.Handle verifies the signature but carries on when it fails"
			ctx.Abort(500, "retry")
			return
		}
	}
	ctx.Output.SetStatus(200)
}
