// Package relay forwards a client's completion request to the vendor and
// answers with the vendor's reply, metering the tokens against the
// caller's organisation.
package relay

import (
	"github.com/gofiber/fiber/v2"

	"llmrelay/credits"
	"llmrelay/keys"
	"llmrelay/upstream"
)

type Relay struct {
	Up     *upstream.Client
	Ledger *credits.Ledger
}

// Forward: the answer is the vendor's reply itself.
func (r *Relay) Forward(c *fiber.Ctx, p upstream.Prompt, apiKey *keys.APIKey) error {
	if p.Stream {
		return r.streamBack(c, p, apiKey)
	}
	reply, err := r.Up.Complete(c.UserContext(), p)
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	return r.respond(c, reply, apiKey)
}

// respond is handed the request and the caller's key row: it bills and
// answers, it checks no signature.
func (r *Relay) respond(c *fiber.Ctx, reply *upstream.Reply, apiKey *keys.APIKey) error {
	if apiKey != nil {
		_ = r.Ledger.Move(c.UserContext(), apiKey.OrgID, -reply.Tokens, "usage")
	}
	return c.JSON(reply)
}

// streamBack: the streamed path, billed and answered as the plain one.
func (r *Relay) streamBack(c *fiber.Ctx, p upstream.Prompt, apiKey *keys.APIKey) error {
	reply, err := r.Up.Complete(c.UserContext(), p)
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	return r.respond(c, reply, apiKey)
}
