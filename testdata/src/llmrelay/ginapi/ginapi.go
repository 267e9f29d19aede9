// Package ginapi is the metered model API on gin: silent.
package ginapi

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"llmrelay/credits"
	"llmrelay/keys"
	"llmrelay/upstream"
)

type Proxy struct {
	up     *upstream.Client
	ledger *credits.Ledger
	keys   *keys.Store
}

func Register(e *gin.Engine, h *Proxy) {
	v1 := e.Group("/v1")
	v1.POST("/messages", h.Messages)
}

func (h *Proxy) Messages(c *gin.Context) {
	var p upstream.Prompt
	if err := c.ShouldBindJSON(&p); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	callerKey := h.keys.ByHash(c.GetHeader("Authorization"))
	if callerKey == nil {
		c.Status(http.StatusUnauthorized)
		return
	}
	if err := h.relay(c, p, callerKey); err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
	}
}

func (h *Proxy) relay(c *gin.Context, p upstream.Prompt, callerKey *keys.APIKey) error {
	if p.Stream {
		return h.relayStream(c, p, callerKey)
	}
	reply, err := h.up.Complete(c, p)
	if err != nil {
		return err
	}
	return h.answer(c, reply, callerKey)
}

func (h *Proxy) relayStream(c *gin.Context, p upstream.Prompt, callerKey *keys.APIKey) error {
	reply, err := h.up.Complete(c, p)
	if err != nil {
		return err
	}
	return h.answer(c, reply, callerKey)
}

func (h *Proxy) answer(c *gin.Context, reply *upstream.Reply, callerKey *keys.APIKey) error {
	if err := h.ledger.Move(c, callerKey.OrgID, -reply.Tokens, "usage"); err != nil {
		return err
	}
	c.JSON(http.StatusOK, reply)
	return nil
}
