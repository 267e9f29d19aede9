// Package hooks is the same product's Stripe webhook on a fiber group: it
// credits the top-up, then calls the CRM over HTTP before it answers.
// Reported at that call.
package hooks

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"llmrelay/credits"
)

type Stripe struct {
	secret string
	ledger *credits.Ledger
	crmURL string
}

func Mount(app *fiber.App, h *Stripe) {
	hooks := app.Group("/webhooks")
	hooks.Post("/stripe", h.Receive)
}

type session struct {
	ClientReferenceID string `json:"client_reference_id"`
	AmountTotal       int64  `json:"amount_total"`
}

func (h *Stripe) Receive(c *fiber.Ctx) error {
	ev, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if ev.Type != stripe.EventTypeCheckoutSessionCompleted {
		return c.SendStatus(fiber.StatusOK)
	}
	var s session
	if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if err := h.ledger.Move(c.UserContext(), s.ClientReferenceID, s.AmountTotal, "top-up"); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	note, _ := json.Marshal(map[string]any{"org": s.ClientReferenceID, "amount": s.AmountTotal})
	resp, err := http.Post(h.crmURL, "application/json", bytes.NewReader(note)) // want `webhook handler calls an external API`
	if err == nil {
		resp.Body.Close()
	}
	return c.SendStatus(fiber.StatusOK)
}
