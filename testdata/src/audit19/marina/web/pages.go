// Package web serves the booking site's pages and the dock kiosks.
package web

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"html/template"
	"log"
	"math/big"
	"net/http"
	"strconv"

	"audit19/marina/dockside"
	"audit19/marina/providers"
	"audit19/marina/store"
	"audit19/marina/stripepay"
)

// Pages holds the handlers of the booking site.
type Pages struct {
	stripe   *stripepay.Client
	mollie   *providers.Mollie
	charters *providers.Charters
	bookings *store.Bookings
	fuel     *dockside.FuelDock
	tips     *dockside.TipJar
	tmpl     *template.Template
}

// NewPages returns the site handlers.
func NewPages(s *stripepay.Client, m *providers.Mollie, c *providers.Charters, b *store.Bookings,
	f *dockside.FuelDock, t *dockside.TipJar, tmpl *template.Template) *Pages {
	return &Pages{stripe: s, mollie: m, charters: c, bookings: b, fuel: f, tips: t, tmpl: tmpl}
}

// Routes registers the site's routes.
func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /berths/booked", p.berthBooked)
	mux.HandleFunc("GET /mollie/return/{bookingID}", p.mollieReturn)
	mux.HandleFunc("POST /charters/{bookingID}/pay", p.payCharter)
	mux.HandleFunc("POST /checkin/{bookingID}", p.checkIn)
	mux.HandleFunc("GET /checkin/{bookingID}/complete", p.checkInComplete)
	mux.HandleFunc("POST /checkout-boat/{bookingID}", p.checkOutBoat)
	mux.HandleFunc("POST /fuel/{pump}/sale", p.fuelSale)
	mux.HandleFunc("POST /tips/{crew}", p.tip)
}

// berthBooked is the Checkout success page: it confirms the berth and
// shows the pontoon gate code.
func (p *Pages) berthBooked(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	cs, err := p.stripe.Session(r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "we could not find your booking", http.StatusNotFound)
		return
	}
	bookingID := cs.ClientReferenceID
	if err := p.bookings.MarkPaid(ctx, bookingID, cs.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking"
		http.Error(w, "please try again", http.StatusInternalServerError)
		return
	}
	code := p.gateCode(ctx, bookingID)
	p.render(w, "booked.html", map[string]string{"Booking": bookingID, "GateCode": code})
}

// mollieReturn is where Mollie sends the sailor back after iDEAL or SOFORT.
func (p *Pages) mollieReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	bookingID := r.PathValue("bookingID")
	bk, err := p.bookings.Get(ctx, bookingID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	status, err := p.mollie.PaymentStatus(ctx, bk.ProviderRef)
	if err != nil || status != "paid" {
		p.render(w, "processing.html", map[string]string{"Booking": bookingID})
		return
	}
	if _, err := p.bookings.ConfirmPending(ctx, bookingID, bk.ProviderRef); err != nil {
		http.Error(w, "please try again", http.StatusInternalServerError)
		return
	}
	p.render(w, "booked.html", map[string]string{"Booking": bookingID, "GateCode": p.gateCode(ctx, bookingID)})
}

// payCharter charges a US charter client with the Braintree drop-in nonce.
func (p *Pages) payCharter(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	bk, err := p.bookings.Get(ctx, r.PathValue("bookingID"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	txID, err := p.charters.ChargeCharter(ctx, bk.ID, r.FormValue("payment_method_nonce"), bk.AmountCents)
	if err != nil {
		http.Error(w, "payment failed", http.StatusPaymentRequired)
		return
	}
	if err := p.bookings.MarkPaid(ctx, bk.ID, txID); err != nil {
		log.Printf("charter %s paid as %s but not saved: %v", bk.ID, txID, err)
	}
	writeJSON(w, map[string]string{"transaction": txID})
}

// checkIn is called by the dock kiosk: it puts the damage deposit on hold.
func (p *Pages) checkIn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	bookingID := r.PathValue("bookingID")
	pi, err := p.stripe.AuthorizeDeposit(ctx, bookingID, r.FormValue("customer"), r.FormValue("payment_method"))
	if err != nil {
		http.Error(w, "card refused", http.StatusPaymentRequired)
		return
	}
	if pi.Status == "requires_action" {
		writeJSON(w, map[string]string{"client_secret": pi.ClientSecret})
		return
	}
	held, err := p.stripe.AwaitHold(ctx, pi.ID)
	if err != nil {
		http.Error(w, "deposit failed", http.StatusBadGateway)
		return
	}
	if err := p.bookings.SetDepositHold(ctx, bookingID, held.ID, string(held.Status)); err != nil {
		http.Error(w, "please try again", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]string{"deposit": "held"})
}

// checkInComplete is the return_url after 3-D Secure for the deposit.
func (p *Pages) checkInComplete(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	bookingID := r.PathValue("bookingID")
	q := r.URL.Query()
	if q.Get("redirect_status") != "succeeded" {
		p.render(w, "deposit_failed.html", map[string]string{"Booking": bookingID})
		return
	}
	if err := p.bookings.SetDepositHold(ctx, bookingID, q.Get("payment_intent"), "requires_capture"); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		http.Error(w, "please try again", http.StatusInternalServerError)
		return
	}
	p.render(w, "keys.html", map[string]string{"Booking": bookingID})
}

// checkOutBoat captures damages from the deposit or releases it.
func (p *Pages) checkOutBoat(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	bk, err := p.bookings.Get(ctx, r.PathValue("bookingID"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	damage, _ := strconv.ParseInt(r.FormValue("damage_cents"), 10, 64)
	if damage > 0 {
		err = p.stripe.CaptureDamage(ctx, bk.ID, bk.DepositIntent, min(damage, stripepay.DepositCents))
	} else {
		err = p.stripe.ReleaseDeposit(ctx, bk.ID, bk.DepositIntent)
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	writeJSON(w, map[string]string{"deposit": "settled"})
}

func (p *Pages) fuelSale(w http.ResponseWriter, r *http.Request) {
	cents, err := strconv.ParseInt(r.FormValue("cents"), 10, 64)
	if err != nil || cents <= 0 {
		http.Error(w, "bad amount", http.StatusBadRequest)
		return
	}
	sale := dockside.Sale{ID: r.FormValue("sale_id"), DeviceID: r.PathValue("pump"), Cents: cents}
	co, err := p.fuel.ChargeAtPump(r.Context(), sale)
	if err != nil {
		http.Error(w, err.Error(), http.StatusPaymentRequired)
		return
	}
	writeJSON(w, co)
}

func (p *Pages) tip(w http.ResponseWriter, r *http.Request) {
	crew := r.PathValue("crew")
	sats, _ := strconv.ParseInt(r.FormValue("sats"), 10, 64)
	inv, err := p.tips.Open(r.Context(), crew, sats)
	if err != nil {
		http.Error(w, "lightning node unavailable", http.StatusBadGateway)
		return
	}
	go func() {
		if _, err := p.tips.WaitForTip(context.Background(), crew, inv); err != nil {
			log.Printf("tip for %s: %v", crew, err)
		}
	}()
	writeJSON(w, map[string]string{"payment_request": inv.PaymentRequest})
}

func (p *Pages) gateCode(ctx context.Context, bookingID string) string {
	n, _ := rand.Int(rand.Reader, big.NewInt(1000000))
	code := fmt.Sprintf("%06d", n.Int64())
	if err := p.bookings.IssueGateCode(ctx, bookingID, code); err != nil {
		log.Printf("gate code for %s: %v", bookingID, err)
	}
	return code
}

func (p *Pages) render(w http.ResponseWriter, name string, data any) {
	if err := p.tmpl.ExecuteTemplate(w, name, data); err != nil {
		log.Printf("render %s: %v", name, err)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
