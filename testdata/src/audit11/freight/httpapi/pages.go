package httpapi

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"audit11/freight/ckopay"
	"audit11/freight/domain"
	"audit11/freight/mercado"
	"audit11/freight/stripepay"
	"audit11/freight/xborder"
)

// CarrierLinker links a carrier's bank account after the bank's OAuth
// consent screen.
type CarrierLinker interface {
	LinkBankAccount(ctx context.Context, carrierID, code string) error
}

// Pages renders the shipper-facing payment pages.
type Pages struct {
	invoices domain.InvoiceStore
	stripe   *stripepay.Client
	cko      *ckopay.Client
	mp       *mercado.Collector
	xb       *xborder.Gateway
	carriers CarrierLinker
	tmpl     *template.Template
	log      *slog.Logger
}

// NewPages returns the page handlers.
func NewPages(inv domain.InvoiceStore, sp *stripepay.Client, cko *ckopay.Client, mp *mercado.Collector,
	xb *xborder.Gateway, carriers CarrierLinker, tmpl *template.Template, log *slog.Logger) *Pages {
	return &Pages{invoices: inv, stripe: sp, cko: cko, mp: mp, xb: xb, carriers: carriers, tmpl: tmpl, log: log}
}

func (p *Pages) render(w http.ResponseWriter, name string, data any) {
	if err := p.tmpl.ExecuteTemplate(w, name+".html", data); err != nil {
		p.log.Error("render", "page", name, "err", err)
	}
}

// InvoiceComplete is the return_url of the embedded card/ACH form:
// Stripe appends payment_intent and redirect_status.
func (p *Pages) InvoiceComplete(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	inv, err := p.invoices.ByNumber(ctx, chi.URLParam(r, "number"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	q := r.URL.Query()
	switch q.Get("redirect_status") {
	case "succeeded":
		if inv.Status != domain.InvoicePaid {
			if err := p.invoices.MarkPaid(ctx, inv.ID, q.Get("payment_intent")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
				http.Error(w, "could not record payment", http.StatusInternalServerError)
				return
			}
			inv.Status = domain.InvoicePaid
		}
		p.render(w, "paid", inv)
	case "processing":
		p.render(w, "processing", inv)
	default:
		p.render(w, "failed", inv)
	}
}

// StripeReturn is the success_url of the hosted Checkout page.
func (p *Pages) StripeReturn(w http.ResponseWriter, r *http.Request) {
	sid := r.URL.Query().Get("session_id")
	if sid == "" {
		http.Redirect(w, r, "/invoices", http.StatusSeeOther)
		return
	}
	ctx := r.Context()
	s, err := p.stripe.Session(ctx, sid)
	if err != nil {
		http.Error(w, "could not load the payment, please refresh", http.StatusBadGateway)
		return
	}
	inv, err := p.invoices.Get(ctx, s.ClientReferenceID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid && s.PaymentIntent != nil {
		if err := p.invoices.MarkPaid(ctx, inv.ID, s.PaymentIntent.ID); err != nil {
			http.Error(w, "could not record payment", http.StatusInternalServerError)
			return
		}
		p.render(w, "paid", inv)
		return
	}
	p.render(w, "processing", inv)
}

// MPSuccess is the Mercado Pago back_url for approved payments.
func (p *Pages) MPSuccess(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	id, err := strconv.Atoi(q.Get("payment_id"))
	if err != nil {
		http.Error(w, "missing payment", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	pay, err := p.mp.Get(ctx, id)
	if err != nil {
		http.Error(w, "could not load the payment, please refresh", http.StatusBadGateway)
		return
	}
	inv, err := p.invoices.ByNumber(ctx, pay.ExternalReference)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if q.Get("status") == mercado.StatusApproved {
		if err := p.invoices.MarkPaid(ctx, inv.ID, strconv.Itoa(pay.ID)); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			http.Error(w, "could not record payment", http.StatusInternalServerError)
			return
		}
		p.render(w, "paid", inv)
		return
	}
	p.render(w, "processing", inv)
}

// XBorderReturn is where the wallet app sends the shipper after paying.
func (p *Pages) XBorderReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	no := r.URL.Query().Get("out_trade_no")
	inv, err := p.invoices.ByNumber(ctx, no)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	t, err := p.xb.WaitTrade(ctx, no)
	if err != nil {
		p.render(w, "processing", inv)
		return
	}
	if t.Status == xborder.TradeSuccess || t.Status == xborder.TradeFinished {
		if err := p.invoices.MarkPaid(ctx, inv.ID, t.TradeNo); err != nil {
			http.Error(w, "could not record payment", http.StatusInternalServerError)
			return
		}
		p.render(w, "paid", inv)
		return
	}
	p.render(w, "processing", inv)
}

// CKOSuccess is the success URL of Checkout.com's hosted payment page,
// called with the cko-session-id of the payment.
func (p *Pages) CKOSuccess(c echo.Context) error {
	ctx := c.Request().Context()
	inv, err := p.invoices.ByNumber(ctx, c.QueryParam("invoice"))
	if err != nil {
		return c.String(http.StatusNotFound, "unknown invoice")
	}
	d, err := p.cko.Details(ctx, c.QueryParam("cko-session-id"))
	if err != nil {
		return c.String(http.StatusBadGateway, "could not load the payment, please refresh")
	}
	if d.Amount != inv.AmountCents {
		p.log.Warn("cko amount mismatch", "invoice", inv.Number, "paid", d.Amount)
		return c.String(http.StatusConflict, "amount mismatch, contact billing")
	}
	if err := p.invoices.MarkPaid(ctx, inv.ID, d.Id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		return c.String(http.StatusInternalServerError, "could not record payment")
	}
	return c.Redirect(http.StatusSeeOther, "/invoices/"+inv.Number)
}

// CarrierOAuthCallback finishes linking a carrier's bank account for quick
// pay after the bank's consent screen.
func (p *Pages) CarrierOAuthCallback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if e := q.Get("error"); e != "" {
		http.Redirect(w, r, "/carrier/settings?link_error="+e, http.StatusSeeOther)
		return
	}
	if err := p.carriers.LinkBankAccount(r.Context(), q.Get("state"), q.Get("code")); err != nil {
		http.Error(w, "could not link account", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/carrier/settings?linked=1", http.StatusSeeOther)
}
