// Package web serves the parents' pages: deposit checkout, pay-by-bank,
// saved cards and trip bookings.
package web

import (
	"html/template"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"

	"audit22/nursery/cards"
	"audit22/nursery/domain"
	"audit22/nursery/openbank"
	"audit22/nursery/store"
)

var page = template.Must(template.New("page").Parse(`<!doctype html><title>Little Oaks</title><h1>{{.Title}}</h1><p>{{.Body}}</p>`))

type view struct{ Title, Body string }

func render(w http.ResponseWriter, status int, title, body string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_ = page.Execute(w, view{title, body})
}

// Pages holds the parents' page handlers.
type Pages struct {
	cards *cards.Service
	bank  *openbank.Client
	bills *store.Billing
	log   *slog.Logger
}

func NewPages(c *cards.Service, bank *openbank.Client, bills *store.Billing) *Pages {
	return &Pages{cards: c, bank: bank, bills: bills, log: slog.Default()}
}

// Routes mounts the pages on r.
func (p *Pages) Routes(r chi.Router) {
	r.Get("/deposit/{child}/start", p.StartDeposit)
	r.Get("/deposit/complete", p.DepositComplete)
	r.Get("/pay/return", p.BankReturn)
	r.Get("/extras/pay/return", p.ExtrasBankReturn)
	r.Get("/mandate/return", p.MandateReturn)
	r.Get("/cards/setup/return", p.CardSetupReturn)
}

func (p *Pages) StartDeposit(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	d, err := p.bills.Deposit(ctx, chi.URLParam(r, "child"))
	if err != nil {
		render(w, http.StatusNotFound, "Not found", "We could not find that place offer.")
		return
	}
	fam, err := p.bills.Family(ctx, d.FamilyID)
	if err != nil {
		render(w, http.StatusInternalServerError, "Sorry", "Please try again.")
		return
	}
	cs, err := p.cards.StartDeposit(ctx, d, fam)
	if err != nil {
		render(w, http.StatusBadGateway, "Sorry", "Card payments are unavailable, please try again shortly.")
		return
	}
	http.Redirect(w, r, cs.URL, http.StatusSeeOther)
}

// DepositComplete is Stripe Checkout's success_url.
func (p *Pages) DepositComplete(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	cs, err := p.cards.DepositSession(ctx, r.URL.Query().Get("session_id"))
	if err != nil {
		render(w, http.StatusBadGateway, "Sorry", "We could not confirm your deposit yet.")
		return
	}
	if err := p.bills.MarkDepositPaid(ctx, cs.ClientReferenceID, cs.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
		render(w, http.StatusInternalServerError, "Sorry", "Please contact the nursery.")
		return
	}
	render(w, http.StatusOK, "Place confirmed", "Thank you, your child's place is confirmed.")
}

// BankReturn is where BankPay sends the parent back after authorising a fees payment.
func (p *Pages) BankReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	invoiceID := q.Get("invoice")
	switch q.Get("status") {
	case openbank.StatusExecuted, openbank.StatusSettled:
		if err := p.bills.SetInvoiceStatus(r.Context(), invoiceID, domain.InvoicePaid); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			render(w, http.StatusInternalServerError, "Sorry", "Please contact the nursery.")
			return
		}
		render(w, http.StatusOK, "Thank you", "Your payment has been received.")
	case openbank.StatusFailed:
		render(w, http.StatusOK, "Payment not completed", "Your bank did not complete the payment.")
	default:
		render(w, http.StatusOK, "Processing", "Your bank is processing the payment. We'll email you when it arrives.")
	}
}

// ExtrasBankReturn is the return page for extras paid by bank.
func (p *Pages) ExtrasBankReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	paymentID := r.URL.Query().Get("payment_id")
	pay, err := p.bank.GetPayment(ctx, paymentID)
	if err != nil {
		render(w, http.StatusOK, "Processing", "We'll email you once the payment arrives.")
		return
	}
	if pay.Status == openbank.StatusExecuted || pay.Status == openbank.StatusSettled {
		if err := p.bills.MarkExtraPaidByRef(ctx, pay.ID); err != nil { // audit: lookalike redirectfulfill: marked paid only after the payment is read from BankPay and its status is executed/settled
			p.log.Error("mark extra paid", "payment", pay.ID, "err", err)
		}
		render(w, http.StatusOK, "Thank you", "Payment received.")
		return
	}
	render(w, http.StatusOK, "Processing", "Your bank is still processing the payment.")
}

// MandateReturn is the GoCardless billing request flow's redirect.
func (p *Pages) MandateReturn(w http.ResponseWriter, r *http.Request) {
	render(w, http.StatusOK, "Direct Debit set up", "Thanks! We're setting up your Direct Debit; we'll email you once it is active.") // audit: lookalike redirectfulfill: the return page only renders; the mandate is activated from the GoCardless events
}

// CardSetupReturn is the SetupIntent return_url: save the card for extras.
func (p *Pages) CardSetupReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	si, err := p.cards.SetupResult(ctx, r.URL.Query().Get("setup_intent"))
	if err != nil {
		render(w, http.StatusBadGateway, "Sorry", "Please try again.")
		return
	}
	if si.Status != stripe.SetupIntentStatusSucceeded || si.PaymentMethod == nil {
		render(w, http.StatusOK, "Card not saved", "Your bank did not approve the card.")
		return
	}
	if err := p.bills.SaveDefaultCard(ctx, si.Metadata["family_id"], si.PaymentMethod.ID); err != nil { // audit: lookalike redirectfulfill: no payment; the card is saved only after the SetupIntent is read back as succeeded
		render(w, http.StatusInternalServerError, "Sorry", "Please contact the nursery.")
		return
	}
	render(w, http.StatusOK, "Card saved", "Extras will be charged to this card.")
}
