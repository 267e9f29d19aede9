package httpapi

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"audit19/lending/loans"
	"audit19/lending/providers/paystack"
	"audit19/lending/store"
)

// CardReturn is the page Stripe sends the borrower back to after 3DS.
type CardReturn struct {
	cards *loans.Cards
	st    *store.Store
	app   string
}

// NewCardReturn returns the 3DS return page.
func NewCardReturn(cards *loans.Cards, st *store.Store, appURL string) *CardReturn {
	return &CardReturn{cards: cards, st: st, app: appURL}
}

// Show handles GET /repay/card/return.
func (h *CardReturn) Show(c echo.Context) error {
	piID := c.QueryParam("payment_intent")
	instalmentID := c.QueryParam("instalment")
	if c.QueryParam("redirect_status") != "succeeded" {
		return c.Redirect(http.StatusSeeOther, h.app+"/repay/failed?instalment="+instalmentID)
	}
	ctx := c.Request().Context()
	in, err := h.st.InstalmentByRef(ctx, piID)
	if err != nil {
		in.ID = instalmentID
	}
	if err := h.cards.CompleteFromReturn(ctx, instalmentID, in.LoanID, in.BorrowerID, piID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		return c.Redirect(http.StatusSeeOther, h.app+"/repay/pending?instalment="+instalmentID)
	}
	return c.Redirect(http.StatusSeeOther, h.app+"/repay/thanks?instalment="+instalmentID)
}

// Verifier reads a Paystack transaction back.
type Verifier interface {
	Verify(ctx context.Context, reference string) (*paystack.Transaction, error)
}

// PaystackPages are the callback_url pages of the Paystack checkout.
type PaystackPages struct {
	ps    Verifier
	loans *loans.Service
	st    *store.Store
	log   *slog.Logger
}

// NewPaystackPages returns the pages.
func NewPaystackPages(ps *paystack.Client, svc *loans.Service, st *store.Store, log *slog.Logger) *PaystackPages {
	return &PaystackPages{ps: ps, loans: svc, st: st, log: log}
}

// RepayCallback handles GET /repay/paystack/callback?reference=...
func (p *PaystackPages) RepayCallback(c *gin.Context) {
	ref := c.Query("reference")
	ctx := c.Request.Context()
	tx, err := p.ps.Verify(ctx, ref)
	if err != nil {
		p.log.Warn("paystack verify", "ref", ref, "err", err)
		c.HTML(http.StatusOK, "repay_pending.html", map[string]any{"reference": ref})
		return
	}
	in, err := p.st.InstalmentByRef(ctx, ref)
	if err != nil {
		c.HTML(http.StatusOK, "repay_pending.html", map[string]any{"reference": ref})
		return
	}
	if err := p.loans.InstalmentPaid(ctx, in.ID, in.LoanID, tx.Reference); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking"
		c.HTML(http.StatusOK, "repay_pending.html", map[string]any{"reference": ref})
		return
	}
	c.HTML(http.StatusOK, "repay_done.html", map[string]any{"amount": tx.Amount})
}

// PayoffCallback handles GET /payoff/paystack/callback?reference=...
func (p *PaystackPages) PayoffCallback(c *gin.Context) {
	ref := c.Query("reference")
	ctx := c.Request.Context()
	tx, err := p.ps.Verify(ctx, ref)
	if err != nil || tx.Status != "success" {
		c.HTML(http.StatusOK, "payoff_pending.html", map[string]any{"reference": ref})
		return
	}
	if err := p.st.MarkInstalmentPaid(ctx, tx.Metadata.InstalmentID, tx.Reference); err != nil {
		c.HTML(http.StatusOK, "payoff_pending.html", map[string]any{"reference": ref})
		return
	}
	c.HTML(http.StatusOK, "payoff_done.html", map[string]any{"amount": tx.Amount})
}
