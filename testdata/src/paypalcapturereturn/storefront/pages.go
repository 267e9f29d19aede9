// Package storefront holds the buyer's pages; PayPal sends the buyer back
// to /paypal/return?token=<paypal order id> after approval.
package storefront

import (
	"context"
	"net/http"
)

// Capturer captures an approved PayPal order and settles the shop's order.
type Capturer interface {
	CaptureOrder(ctx context.Context, paypalOrderID string) (string, error)
}

// Settler settles a captured order.
type Settler interface {
	SettleCapture(ctx context.Context, paypalOrderID string) (string, error)
}

// Truster settles whatever the capture answered.
type Truster interface {
	TrustCapture(ctx context.Context, paypalOrderID string) (string, error)
}

// Acceptor settles a capture PayPal accepted.
type Acceptor interface {
	CaptureOnce(ctx context.Context, paypalOrderID string) (string, error)
}

// Returner settles an order the buyer came back from.
type Returner interface {
	MarkReturned(ctx context.Context, paypalOrderID string) (string, error)
}

// Pages are the PayPal return pages, one per market.
type Pages struct {
	Capture  Capturer
	Settle   Settler
	Trust    Truster
	Accept   Acceptor
	Returned Returner
}

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /paypal/return", p.paypalReturn)
	mux.HandleFunc("GET /eu/paypal/return", p.euReturn)
	mux.HandleFunc("GET /us/paypal/return", p.usReturn)
	mux.HandleFunc("GET /uk/paypal/return", p.ukReturn)
	mux.HandleFunc("GET /ca/paypal/return", p.caReturn)
}

func (p *Pages) paypalReturn(w http.ResponseWriter, r *http.Request) {
	ref, err := p.Capture.CaptureOrder(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		http.Redirect(w, r, "/order/"+ref+"?payment_error=1", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/order/"+ref+"?paid=1", http.StatusSeeOther)
}

func (p *Pages) euReturn(w http.ResponseWriter, r *http.Request) {
	ref, err := p.Settle.SettleCapture(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/order/"+ref+"?paid=1", http.StatusSeeOther)
}

func (p *Pages) usReturn(w http.ResponseWriter, r *http.Request) {
	ref, err := p.Trust.TrustCapture(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/order/"+ref+"?paid=1", http.StatusSeeOther)
}

func (p *Pages) ukReturn(w http.ResponseWriter, r *http.Request) {
	ref, err := p.Accept.CaptureOnce(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/order/"+ref+"?paid=1", http.StatusSeeOther)
}

func (p *Pages) caReturn(w http.ResponseWriter, r *http.Request) {
	ref, err := p.Returned.MarkReturned(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/order/"+ref+"?paid=1", http.StatusSeeOther)
}
