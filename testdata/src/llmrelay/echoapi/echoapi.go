// Package echoapi is an OpenAI-compatible endpoint on echo that debits
// the caller's credits in line, before it answers: a metered API, not a
// webhook. Silent.
package echoapi

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"llmrelay/credits"
	"llmrelay/keys"
	"llmrelay/upstream"
)

type Completions struct {
	up     *upstream.Client
	ledger *credits.Ledger
	keys   *keys.Store
}

func Register(e *echo.Echo, h *Completions) {
	e.POST("/v1/chat/completions", h.Create)
}

func (h *Completions) Create(c echo.Context) error {
	var p upstream.Prompt
	if err := c.Bind(&p); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	key := h.keys.ByHash(c.Request().Header.Get("Authorization"))
	if key == nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	reply, err := h.up.Complete(ctx, p)
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	if err := h.ledger.Move(ctx, key.OrgID, -reply.Tokens, "usage"); err != nil {
		return err
	}
	return h.send(c, reply, key)
}

func (h *Completions) send(c echo.Context, reply *upstream.Reply, key *keys.APIKey) error {
	return c.JSON(http.StatusOK, map[string]any{"organization": key.OrgID, "reply": reply})
}
