package httpapi

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"audit23/solarpayg/domain"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// PayoutRunner pays one payout now.
type PayoutRunner interface {
	PayNow(ctx context.Context, po *domain.Payout) (string, error)
}

// UgandaCollections starts and watches collections.
type UgandaCollections interface {
	Collect(ctx context.Context, acct *domain.Account, amount int64) (string, error)
	Await(ctx context.Context, refID string) error
}

// MpesaPrompter prompts a Kenyan customer for an installment.
type MpesaPrompter interface {
	Collect(ctx context.Context, acct *domain.Account, amount int64) error
}

// Admin is the support desk API.
type Admin struct {
	ledger  *store.Ledger
	payouts PayoutRunner
	ug      UgandaCollections
	ke      MpesaPrompter
}

// NewAdmin builds the admin API.
func NewAdmin(l *store.Ledger, p PayoutRunner, ug UgandaCollections, ke MpesaPrompter) *Admin {
	return &Admin{ledger: l, payouts: p, ug: ug, ke: ke}
}

// Routes mounts the admin routes on an authenticated group.
func (a *Admin) Routes(g *gin.RouterGroup) {
	g.POST("/payouts/:id/pay", a.payNow)
	g.POST("/accounts/:id/collect", a.collect)
	g.POST("/accounts/:id/prompt", a.prompt)
}

// prompt sends an STK push for a customer on the phone with support.
func (a *Admin) prompt(c *gin.Context) {
	var in struct {
		Amount int64 `json:"amount"`
	}
	if err := c.ShouldBindJSON(&in); err != nil || in.Amount <= 0 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "amount required"})
		return
	}
	acct, err := a.ledger.Account(c.Request.Context(), c.Param("id"))
	if err != nil || acct.Country != domain.Kenya {
		c.JSON(http.StatusNotFound, gin.H{"error": "no such Kenyan account"})
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		if err := a.ke.Collect(ctx, acct, in.Amount); err != nil {
			platform.Logger.Warn("support prompt", "account", acct.ID, "err", err)
		}
	}()
	c.JSON(http.StatusAccepted, gin.H{"status": "prompt sent"})
}

func (a *Admin) payNow(c *gin.Context) {
	po, err := a.ledger.Payout(c.Request.Context(), c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "no such payout"})
		return
	}
	if po.Status != domain.PayoutPending && po.Status != domain.PayoutFailed {
		c.JSON(http.StatusConflict, gin.H{"error": "payout is " + po.Status})
		return
	}
	conv, err := a.payouts.PayNow(c.Request.Context(), po)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"conversation_id": conv})
}

func (a *Admin) collect(c *gin.Context) {
	var in struct {
		Amount int64 `json:"amount"`
	}
	if err := c.ShouldBindJSON(&in); err != nil || in.Amount <= 0 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "amount required"})
		return
	}
	acct, err := a.ledger.Account(c.Request.Context(), c.Param("id"))
	if err != nil || acct.Country != domain.Uganda {
		c.JSON(http.StatusNotFound, gin.H{"error": "no such Ugandan account"})
		return
	}
	ref, err := a.ug.Collect(c.Request.Context(), acct, in.Amount)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
		defer cancel()
		if err := a.ug.Await(ctx, ref); err != nil {
			platform.Logger.Error("await momo", "ref", ref, "err", err)
		}
	}()
	c.JSON(http.StatusAccepted, gin.H{"reference": ref})
}
