// Package fiberapi is the product's own inbound model API on fiber: a
// metered proxy, not a webhook.
package fiberapi

import (
	"encoding/json"

	"github.com/gofiber/fiber/v2"

	"llmrelay/keys"
	"llmrelay/relay"
	"llmrelay/upstream"
)

type Messages struct {
	relay *relay.Relay
	keys  *keys.Store
}

func Mount(app *fiber.App, h *Messages) {
	v1 := app.Group("/v1")
	v1.Post("/messages", h.Create)
}

// Create: decodes the client's request, forwards it (a vendor call with
// retries), answers with the vendor's reply: silent.
func (h *Messages) Create(c *fiber.Ctx) error {
	var p upstream.Prompt
	if err := json.Unmarshal(c.Body(), &p); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	apiKey := h.keys.ByHash(c.Get("Authorization"))
	if apiKey == nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	if err := h.relay.Forward(c, p, apiKey); err != nil {
		return err
	}
	return nil
}
