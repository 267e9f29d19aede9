package webhooks

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"audit10/escrow/domain"
)

type paypalEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID       string `json:"id"`
		Status   string `json:"status"`
		CustomID string `json:"custom_id"`
		Amount   struct {
			Value    string `json:"value"`
			Currency string `json:"currency_code"`
		} `json:"amount"`
	} `json:"resource"`
}

// PayPalHooks handles PayPal checkout notifications.
type PayPalHooks struct {
	pp         *paypal.Client
	webhookID  string
	milestones domain.MilestoneStore
	ledger     domain.Ledger
}

// NewPayPalHooks builds the handler.
func NewPayPalHooks(pp *paypal.Client, webhookID string, ms domain.MilestoneStore, l domain.Ledger) *PayPalHooks {
	return &PayPalHooks{pp: pp, webhookID: webhookID, milestones: ms, ledger: l}
}

// Handle is mounted on the gin engine.
func (h *PayPalHooks) Handle(c *gin.Context) {
	ctx := c.Request.Context()
	if _, err := h.pp.VerifyWebhookSignature(ctx, c.Request, h.webhookID); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var evt paypalEvent
	if err := c.ShouldBindJSON(&evt); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if evt.EventType != "PAYMENT.CAPTURE.COMPLETED" {
		c.Status(http.StatusOK)
		return
	}
	msID := evt.Resource.CustomID
	if err := h.milestones.MarkFunded(ctx, msID, evt.Resource.ID); err != nil { // want "\\[webhookverify\\] payment webhook PayPalHooks.Handle checks only the error of paypal Client.VerifyWebhookSignature"
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	m, err := h.milestones.Get(ctx, msID)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	err = h.ledger.Append(ctx, domain.LedgerEntry{ // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(domain.Ledger.Append"
		MilestoneID: msID,
		Kind:        "platform_fee",
		AmountCents: m.PlatformFee(),
		Currency:    m.Currency,
		ProviderRef: evt.Resource.ID,
	})
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.String(http.StatusOK, strconv.Quote("ok"))
}
