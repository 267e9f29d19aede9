// Package tickets holds the buyer's pages of a theatre box office; its
// routes are registered by package web and its stores bound in main.
package tickets

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// OrderBook is the order port.
type OrderBook interface {
	Get(ctx context.Context, ref string) (*Order, error)
	SetPaid(ctx context.Context, ref string) error
	MarkProcessing(ctx context.Context, ref string) error
}

// Accounts links a buyer's account.
type Accounts interface {
	Link(ctx context.Context, code string) error
}

type Order struct {
	Ref    string
	Status string
}

// SeasonBook closes a season pass's order.
type SeasonBook interface {
	Close(ctx context.Context, ref string) error
}

// Season sells season passes through its own book.
type Season struct{ book SeasonBook }

func NewSeason(book SeasonBook) *Season { return &Season{book: book} }

type Pages struct {
	orders   OrderBook
	season   *Season
	accounts Accounts
}

func NewPages(orders OrderBook, season *Season, accounts Accounts) *Pages {
	return &Pages{orders: orders, season: season, accounts: accounts}
}

// Landing marks the order paid because the buyer came back.
func (p *Pages) Landing(c *gin.Context) {
	ref := c.Query("order")
	if err := p.orders.SetPaid(c.Request.Context(), ref); err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.String(http.StatusOK, "enjoy the show")
}

// PaymentSuccess is a return page by its own name: the season pass is
// marked paid through the season's book when the query says so.
func (p *Pages) PaymentSuccess(c *gin.Context) {
	if c.Query("result") == "paid" {
		p.season.book.Close(c.Request.Context(), c.Query("order"))
	}
	c.String(http.StatusOK, "see you this season")
}

// Lookup marks the order paid too, but is mounted on no return route.
func (p *Pages) Lookup(c *gin.Context) {
	p.orders.SetPaid(c.Request.Context(), c.Query("order"))
	c.String(http.StatusOK, "ok")
}

// Waiting shows a processing view and records only that state.
func (p *Pages) Waiting(c *gin.Context) {
	p.orders.MarkProcessing(c.Request.Context(), c.Query("order"))
	c.String(http.StatusOK, "we are confirming your payment")
}

// Connected is the OAuth callback of the buyer's account link.
func (p *Pages) Connected(c *gin.Context) {
	p.accounts.Link(c.Request.Context(), c.Query("code"))
	c.String(http.StatusOK, "linked")
}

// Stored waits for the webhook's paid state before marking it again.
func (p *Pages) Stored(c *gin.Context) {
	ctx := c.Request.Context()
	o, err := p.orders.Get(ctx, c.Query("order"))
	if err != nil || o.Status != "paid" {
		c.String(http.StatusOK, "we are confirming your payment")
		return
	}
	p.orders.SetPaid(ctx, o.Ref)
	c.String(http.StatusOK, "enjoy the show")
}
