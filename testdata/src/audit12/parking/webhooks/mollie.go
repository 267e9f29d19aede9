package webhooks

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/mollie/mollie-api-golang/utils/webhooks"
	"github.com/valyala/fasthttp"

	"audit12/parking/domain"
	"audit12/parking/molliepay"
	"audit12/parking/store"
)

// PermitStore is the permit persistence the hooks need.
type PermitStore interface {
	Get(ctx context.Context, id string) (*store.Permit, error)
	MarkPaid(ctx context.Context, id, paymentID string) error
}

// MollieHooks handles Mollie notifications.
type MollieHooks struct {
	secrets  []string
	permits  PermitStore
	sms      domain.Notifier
	mollie   *molliepay.Client
	sessions interface {
		domain.SessionStore
		ByProviderPayment(ctx context.Context, provider, paymentID string) (*domain.Session, error)
	}
	outbox domain.Outbox
}

// NewMollieHooks returns the Mollie handlers.
func NewMollieHooks(secrets []string, permits PermitStore, sms domain.Notifier, mollie *molliepay.Client,
	sessions *store.Sessions, outbox domain.Outbox) *MollieHooks {
	return &MollieHooks{secrets: secrets, permits: permits, sms: sms, mollie: mollie, sessions: sessions, outbox: outbox}
}

type mollieEvent struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	EntityID string `json:"entityId"`
	Embedded struct {
		Entity struct {
			ID       string `json:"id"`
			Status   string `json:"status"`
			Metadata struct {
				PermitID string `json:"permit_id"`
			} `json:"metadata"`
		} `json:"entity"`
	} `json:"_embedded"`
}

// Permit handles Mollie's signed event webhooks for permit payments.
func (h *MollieHooks) Permit(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if _, err := webhooks.Validate(string(body), h.secrets, c.GetHeader(webhooks.SignatureHeader)); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var evt mollieEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ent := evt.Embedded.Entity
	if evt.Type != "payment.paid" || ent.Status != "paid" {
		c.Status(http.StatusOK)
		return
	}
	ctx := c.Request.Context()
	pm, err := h.permits.Get(ctx, ent.Metadata.PermitID)
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	if err := h.permits.MarkPaid(ctx, pm.ID, ent.ID); err != nil { // want "\\[webhookverify\\] payment webhook MollieHooks.Permit checks only the error of mollie webhooks.Validate"
		c.Status(http.StatusInternalServerError)
		return
	}
	msg := fmt.Sprintf("Your residential permit for %s is active for one year. Ref %s", pm.Plate, pm.ID)
	if err := h.sms.SendReceipt(ctx, pm.Phone, msg); err != nil { // want "\\[webhookdedupe\\] webhook handler sends a message \\(domain.Notifier.SendReceipt\\) on every delivery" "\\[webhookack\\] webhook handler sends a message \\(domain.Notifier.SendReceipt\\) before answering"
		log.Printf("permit %s: sms: %v", pm.ID, err)
	}
	c.Status(http.StatusOK)
}

// SessionPayment handles Mollie's classic webhook for parking sessions on
// the kiosk server: Mollie posts only the payment id, the status is read
// back from Mollie.
func (h *MollieHooks) SessionPayment(rc *fasthttp.RequestCtx) {
	id := string(rc.PostArgs().Peek("id"))
	if id == "" {
		rc.SetStatusCode(http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Second)
	defer cancel()
	p, err := h.mollie.Payment(ctx, id)
	if err != nil {
		rc.SetStatusCode(http.StatusBadGateway)
		return
	}
	s, err := h.sessions.ByProviderPayment(ctx, "mollie", p.ID)
	if err != nil {
		rc.SetStatusCode(http.StatusOK)
		return
	}
	switch p.Status {
	case "paid":
		if s.Status == domain.SessionPaid {
			break
		}
		if err := h.sessions.MarkPaid(ctx, s.ID); err != nil {
			rc.SetStatusCode(http.StatusInternalServerError)
			return
		}
		_ = h.outbox.Enqueue(ctx, "sms.session_receipt", s.ID)
	case "failed", "canceled", "expired":
		_ = h.sessions.MarkFailed(ctx, s.ID, "mollie: "+string(p.Status))
	}
	rc.SetStatusCode(http.StatusOK)
}
