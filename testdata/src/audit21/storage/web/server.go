// Package web is the public site's HTTP API: online move-in, the tenant
// portal's payment pages and the payment providers' webhooks.
package web

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"

	"audit21/storage/aupay"
	"audit21/storage/billing"
	"audit21/storage/db"
	"audit21/storage/gate"
	"audit21/storage/store"
)

// Server holds the handlers' dependencies.
type Server struct {
	q       *db.Queries
	st      *store.Store
	billing *billing.Service
	gate    *gate.Client
	au      *aupay.Client
	auHooks *aupay.Hooks
	log     *slog.Logger

	stripeSecret string
	auSecret     string
	rentPrice    string
	depositPrice string
	pages        *template.Template
}

// Deps is what New needs.
type Deps struct {
	Queries      *db.Queries
	Store        *store.Store
	Billing      *billing.Service
	Gate         *gate.Client
	AUPay        *aupay.Client
	Log          *slog.Logger
	StripeSecret string
	AUSecret     string
	RentPrice    string
	DepositPrice string
}

// New builds the server.
func New(d Deps) *Server {
	s := &Server{
		q: d.Queries, st: d.Store, billing: d.Billing, gate: d.Gate, au: d.AUPay, log: d.Log,
		stripeSecret: d.StripeSecret, auSecret: d.AUSecret,
		rentPrice: d.RentPrice, depositPrice: d.DepositPrice,
		pages: template.Must(template.New("thanks").Parse(`<h1>Thanks {{.}}</h1>`)),
	}
	s.auHooks = &aupay.Hooks{Ledger: d.Store, OnPaid: s.syncGate} // want "\\[webhookack\\] webhook handler calls aupay\\.Hooks\\.OnPaid \\(hooks\\.go:51, in aupay\\.Hooks\\.Payment\\), bound here to web\\.Server\\.syncGate, which calls gate\\.Client\\.SyncTenant"
	return s
}

// Routes mounts everything on r.
func (s *Server) Routes(r chi.Router) {
	r.Post("/move-in/{rentalID}/checkout", s.startMoveIn)
	r.Get("/move-in/complete", s.moveInComplete)
	r.Get("/arrears/return", s.arrearsReturn)
	r.Get("/card/return", s.cardReturn)
	r.Post("/counter/au/invoices/{invoiceID}/charge", s.counterCharge)
	s.deskRoutes(r)

	r.Post("/hooks/stripe", s.stripeHook)
	r.Route("/hooks/wattle", func(r chi.Router) {
		r.With(aupay.VerifySignature(s.auSecret)).Post("/disputes", s.auHooks.Dispute) // audit: lookalike webhookverify: the dispute route is behind aupay.VerifySignature, which refuses a bad HMAC before the handler runs
		r.Post("/payments", s.auHooks.Payment)                                         // want "\\[webhookverify\\] payment webhook handler s\\.auHooks\\.Payment \\(package audit21/storage/aupay\\)"
	})
}

func (s *Server) syncGate(ctx context.Context, rentalID int64) {
	r, err := s.q.GetRental(ctx, rentalID)
	if err != nil {
		s.log.Error("gate sync: rental", "rental", rentalID, "err", err)
		return
	}
	if err := s.gate.SyncTenant(ctx, gate.Profile{RentalID: r.ID, Site: r.SiteCode, Unit: r.UnitID, Enabled: r.Status == "active"}); err != nil {
		s.log.Error("gate sync", "rental", rentalID, "err", err)
	}
}

func (s *Server) startMoveIn(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "rentalID"), 10, 64)
	if err != nil {
		http.Error(w, "bad rental", http.StatusBadRequest)
		return
	}
	rental, err := s.q.GetRental(r.Context(), id)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	url, err := s.billing.StartMoveIn(r.Context(), rental, s.rentPrice, s.depositPrice)
	if err != nil {
		s.log.Error("move-in checkout", "rental", id, "err", err)
		http.Error(w, "payment unavailable", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, url, http.StatusSeeOther)
}

// fetchSession reads a Checkout Session, riding out Stripe's occasional
// connection resets.
func (s *Server) fetchSession(ctx context.Context, id string) (*stripe.CheckoutSession, error) {
	var lastErr error
	for i := 0; i < 5; i++ {
		cs, err := s.billing.Session(ctx, id) // want "\\[retrybackoff\\] billing\\.Service\\.Session \\(stripe session\\.Get\\) is retried by a for loop \\(line"
		if err == nil {
			return cs, nil
		}
		lastErr = err
		time.Sleep(100 * time.Millisecond)
	}
	return nil, lastErr
}

// moveInComplete is the Checkout success_url.
func (s *Server) moveInComplete(w http.ResponseWriter, r *http.Request) {
	cs, err := s.fetchSession(r.Context(), r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "we could not find your booking", http.StatusBadGateway)
		return
	}
	rental, err := s.q.GetRentalBySession(r.Context(), cs.ID)
	if err != nil {
		http.Error(w, "we could not find your booking", http.StatusNotFound)
		return
	}
	if rental.Status != "active" {
		if err := s.q.ActivateRental(r.Context(), db.ActivateRentalParams{ID: rental.ID, PaidThrough: time.Now().AddDate(0, 1, 0)}); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		s.syncGate(r.Context(), rental.ID)
	}
	_ = s.pages.Execute(w, cs.ClientReferenceID)
}

// arrearsReturn is the success_url of the "pay your balance" Checkout the
// portal opens for tenants who are overlocked.
func (s *Server) arrearsReturn(w http.ResponseWriter, r *http.Request) {
	cs, err := s.billing.Session(r.Context(), r.URL.Query().Get("session_id"))
	if err != nil {
		http.Error(w, "try again shortly", http.StatusBadGateway)
		return
	}
	if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		fmt.Fprint(w, "Your payment is being processed. Your gate access will be restored as soon as it clears.")
		return
	}
	invID, _ := strconv.ParseInt(cs.Metadata["invoice_id"], 10, 64)
	if err := s.q.MarkInvoicePaid(r.Context(), db.MarkInvoicePaidParams{ID: invID, ProviderRef: cs.ID}); err != nil { // audit: lookalike redirectfulfill: the session is read from Stripe and its payment_status checked against paid before the invoice is marked
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	inv, err := s.q.GetInvoice(r.Context(), invID)
	if err == nil {
		s.syncGate(r.Context(), inv.RentalID)
	}
	fmt.Fprint(w, "Thank you, your balance is paid and your gate code works again.")
}

// cardReturn is where the card-update page comes back after the SetupIntent.
func (s *Server) cardReturn(w http.ResponseWriter, r *http.Request) {
	si, err := s.billing.SetupResult(r.Context(), r.URL.Query().Get("setup_intent"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	rentalID, _ := strconv.ParseInt(si.Metadata["rental_id"], 10, 64)
	if si.Status == stripe.SetupIntentStatusSucceeded && si.PaymentMethod != nil {
		if err := s.q.SavePaymentMethod(r.Context(), db.SavePaymentMethodParams{ID: rentalID, StripePM: si.PaymentMethod.ID}); err != nil {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
	}
	http.Redirect(w, r, "/portal/payment-methods", http.StatusSeeOther)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
