// Package web serves the customer-facing pages and the mobile app's
// return URLs.
package web

import (
	"context"
	"errors"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"audit9/remittance/domain"
)

// CardPayments reads card payments from the acquirer.
type CardPayments interface {
	PaymentApproved(ctx context.Context, paymentID string) (bool, error)
}

// Pages renders the transfer pages.
type Pages struct {
	cards     CardPayments
	transfers domain.TransferStore
	queue     domain.PayoutQueue
}

// NewPages returns the page handlers.
func NewPages(cards CardPayments, transfers domain.TransferStore, queue domain.PayoutQueue) *Pages {
	return &Pages{cards: cards, transfers: transfers, queue: queue}
}

// RegisterPages mounts the customer pages.
func RegisterPages(e *echo.Echo, p *Pages) {
	e.GET("/transfers/:id/sent", p.Sent)
	e.GET("/transfers/:id/failed", p.Failed)
	e.GET("/transfers/:id", p.Show)
}

type transferView struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Amount int64  `json:"amount"`
	Target string `json:"target_currency"`
}

func view(t *domain.Transfer) transferView {
	return transferView{ID: t.ID, Status: string(t.Status), Amount: t.TargetAmount, Target: t.TargetCurrency}
}

// Sent is where Checkout.com sends the customer back after 3-D Secure.
func (p *Pages) Sent(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := p.transfers.Get(ctx, c.Param("id"))
	if errors.Is(err, domain.ErrNotFound) {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if err != nil {
		return err
	}
	paymentID := c.QueryParam("cko-payment-id")
	if paymentID == "" || t.Status != domain.StatusAwaitingFunds {
		return c.JSON(http.StatusOK, view(t))
	}
	approved, err := p.cards.PaymentApproved(ctx, paymentID)
	if err != nil {
		log.Printf("3ds return %s: %v", t.ID, err)
		return c.JSON(http.StatusOK, view(t))
	}
	if !approved {
		return c.Redirect(http.StatusSeeOther, "/transfers/"+t.ID+"/failed")
	}
	won, err := p.transfers.MarkFundedIfAwaiting(ctx, t.ID, paymentID)
	if err != nil {
		return err
	}
	if won {
		if err := p.queue.Enqueue(ctx, t.ID); err != nil {
			return err
		}
		t.Status = domain.StatusFunded
	}
	return c.JSON(http.StatusOK, view(t))
}

// Failed shows the decline page.
func (p *Pages) Failed(c echo.Context) error {
	t, err := p.transfers.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, map[string]any{"transfer": view(t), "retry_url": "/transfers/" + t.ID + "/pay"})
}

// Show renders the transfer tracker.
func (p *Pages) Show(c echo.Context) error {
	t, err := p.transfers.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, view(t))
}
