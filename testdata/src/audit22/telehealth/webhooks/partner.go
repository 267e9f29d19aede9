package webhooks

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/kataras/iris/v12"

	"audit22/telehealth/platform"
)

// Partner receives CarePartner deliveries: an employer benefits partner
// that pays consults on behalf of covered patients.
type Partner struct {
	verify   *platform.PartnerVerifier
	consults Consults
	log      *slog.Logger
}

// NewPartner builds the partner hook.
func NewPartner(v *platform.PartnerVerifier, c Consults) *Partner {
	return &Partner{verify: v, consults: c, log: platform.With("partner-hooks")}
}

type partnerEvent struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	ConsultID string `json:"consult_id"`
	ClaimID   string `json:"claim_id"`
	Status    string `json:"status"`
}

// Handle acts on claim.paid: the partner covered the consult in full.
func (p *Partner) Handle(ctx iris.Context) {
	body, err := ctx.GetBody()
	if err != nil {
		ctx.StatusCode(http.StatusBadRequest)
		return
	}
	h := http.Header{}
	for _, k := range []string{"svix-id", "svix-timestamp", "svix-signature"} {
		h.Set(k, ctx.GetHeader(k))
	}
	if err := p.verify.Check(body, h); err != nil {
		ctx.StatusCode(http.StatusUnauthorized)
		return
	}
	var evt partnerEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		ctx.StatusCode(http.StatusBadRequest)
		return
	}
	if evt.Type == "claim.paid" && evt.Status == "paid" {
		if err := p.consults.MarkPaid(context.Background(), evt.ConsultID, "cp_"+evt.ClaimID); err != nil { // want "\\[webhookverify\\] payment webhook Partner.Handle skips signature verification when the secret is empty \\(fails open\\) before webhooks.Consults.MarkPaid"
			ctx.StatusCode(http.StatusInternalServerError)
			return
		}
	}
	ctx.StatusCode(http.StatusOK)
}
