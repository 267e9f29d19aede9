// Package web serves the customer-facing pages the payment providers send
// buyers back to, and the driver app's small API.
package web

import (
	"context"
	"html/template"
	"net/http"
	"strconv"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/go-chi/chi/v5"
	"github.com/mercadopago/sdk-go/pkg/payment"

	"audit17/laundry/domain"
)

// MPStatus reads a Mercado Pago payment.
type MPStatus interface {
	Status(ctx context.Context, id int) (*payment.Response, error)
}

// MollieReader reads a Mollie payment.
type MollieReader interface {
	Payment(ctx context.Context, id string) (*mollie.Payment, error)
}

// Collections records garment handovers from the driver app.
type Collections interface {
	MarkCollected(ctx context.Context, orderID, driverID string) error
}

// Pages renders return pages.
type Pages struct {
	orders      domain.Orders
	mp          MPStatus
	mollie      MollieReader
	collections Collections
	tpl         *template.Template
}

// NewPages returns Pages.
func NewPages(o domain.Orders, mp MPStatus, m MollieReader, c Collections, tpl *template.Template) *Pages {
	return &Pages{orders: o, mp: mp, mollie: m, collections: c, tpl: tpl}
}

// Mount registers the pages.
func (p *Pages) Mount(r chi.Router) {
	r.Route("/pagos/mercadopago", func(r chi.Router) {
		r.Get("/exito", p.mpSuccess)
		r.Get("/pendiente", p.mpPending)
		r.Get("/error", p.mpFailure)
		r.Get("/app-retorno", p.mpAppReturn)
	})
	r.Get("/betaling/terug", p.mollieReturn)
	r.Post("/conductores/recogida/{order}/completa", p.driverCollected)
}

// mpSuccess is the back_urls.success page of the checkout preference.
func (p *Pages) mpSuccess(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	orderID := q.Get("external_reference")
	if q.Get("collection_status") == "approved" {
		if err := p.orders.ReleaseForPickup(r.Context(), orderID); err != nil { // audit: reported at cmd/laundryd/main.go:101 (redirectfulfill, where main binds domain.Orders to store.OrderStore): MP back_urls.success page releases the order on the buyer-typed collection_status=approved (Exirom "successRedirectUrl is for user experience only")
			http.Error(w, "please refresh", http.StatusInternalServerError)
			return
		}
	}
	p.render(w, "gracias", orderID)
}

func (p *Pages) mpPending(w http.ResponseWriter, r *http.Request) {
	p.render(w, "pendiente", r.URL.Query().Get("external_reference"))
}

func (p *Pages) mpFailure(w http.ResponseWriter, r *http.Request) {
	p.render(w, "error", r.URL.Query().Get("external_reference"))
}

// mpAppReturn is where the mobile app's in-app browser lands after paying.
func (p *Pages) mpAppReturn(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("payment_id"))
	if err != nil {
		http.Error(w, "bad payment", http.StatusBadRequest)
		return
	}
	pay, err := p.mp.Status(r.Context(), id)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if pay.Status == "approved" {
		if err := p.orders.ReleaseForPickup(r.Context(), pay.ExternalReference); err != nil {
			http.Error(w, "please refresh", http.StatusInternalServerError)
			return
		}
		p.render(w, "gracias", pay.ExternalReference)
		return
	}
	p.render(w, "pendiente", pay.ExternalReference)
}

// mollieReturn is the Mollie redirectUrl.
func (p *Pages) mollieReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := p.orders.Get(ctx, r.URL.Query().Get("order"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if o.Status == domain.StatusAwaitingPayment {
		pay, err := p.mollie.Payment(ctx, o.PaymentRef)
		if err != nil {
			http.Error(w, "probeer opnieuw", http.StatusBadGateway)
			return
		}
		if err := p.orders.MarkPaid(ctx, o.ID, pay.ID); err != nil { // audit: reported at cmd/laundryd/main.go:101 (redirectfulfill, where main binds domain.Orders to store.OrderStore and sees molliepay build the redirectUrl): Mollie redirectUrl page reads the payment (MollieReader wired in main to molliepay.Gateway.Payment) but marks the order paid without checking pay.Status; buyers return after canceled/failed too (Exirom)
			http.Error(w, "probeer opnieuw", http.StatusInternalServerError)
			return
		}
	}
	p.render(w, "bedankt", o.ID)
}

// driverCollected is called by the driver app when the bag is picked up.
func (p *Pages) driverCollected(w http.ResponseWriter, r *http.Request) {
	orderID := chi.URLParam(r, "order")
	if err := p.collections.MarkCollected(r.Context(), orderID, r.Header.Get("X-Driver-Id")); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (p *Pages) render(w http.ResponseWriter, name, orderID string) {
	_ = p.tpl.ExecuteTemplate(w, name+".html", map[string]string{"Order": orderID})
}
