// Package web serves the customer panel's payment pages and API.
package web

import (
	"context"
	"encoding/json"
	"html/template"
	"log"
	"net/http"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/gorilla/mux"
	stripe "github.com/stripe/stripe-go/v82"

	"audit16/hosting/billing"
	"audit16/hosting/credit"
	"audit16/hosting/paypalbt"
	"audit16/hosting/store"
)

// Pages holds the panel's payment handlers.
type Pages struct {
	sc      *stripe.Client
	subs    *store.Billing
	ledger  *store.Ledger
	billing *billing.Service
	wallet  *paypalbt.Wallet
	ln      *credit.Lightning
	tmpl    *template.Template
}

// Deps groups what Pages needs.
type Deps struct {
	Stripe  *stripe.Client
	Subs    *store.Billing
	Ledger  *store.Ledger
	Billing *billing.Service
	Wallet  *paypalbt.Wallet
	LN      *credit.Lightning
	Tmpl    *template.Template
}

func NewPages(d Deps) *Pages {
	return &Pages{sc: d.Stripe, subs: d.Subs, ledger: d.Ledger, billing: d.Billing,
		wallet: d.Wallet, ln: d.LN, tmpl: d.Tmpl}
}

func (p *Pages) render(w http.ResponseWriter, name string, data any) {
	if err := p.tmpl.ExecuteTemplate(w, name, data); err != nil {
		log.Printf("render %s: %v", name, err)
	}
}

// PlanReturn is where Stripe Checkout sends the buyer after a plan purchase.
func (p *Pages) PlanReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	sess, err := p.sc.V1CheckoutSessions.Retrieve(ctx, r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "could not load your checkout", http.StatusBadGateway)
		return
	}
	subID := sess.ClientReferenceID
	if err := p.subs.MarkPlanPaid(ctx, subID, time.Now().AddDate(0, 1, 0)); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		http.Error(w, "activation failed", http.StatusInternalServerError)
		return
	}
	p.render(w, "plan_ready.html", map[string]string{"subscription": subID})
}

// CardTopUpReturn is the return_url of the card top-up PaymentElement.
func (p *Pages) CardTopUpReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	t, err := p.ledger.TopUp(ctx, q.Get("topup"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if q.Get("redirect_status") == "succeeded" && t.Status == "pending" {
		if err := credit.Grant(ctx, p.ledger, *t); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
			http.Error(w, "could not add credit", http.StatusInternalServerError)
			return
		}
		t.Status = "settled"
	}
	p.render(w, "topup_done.html", t)
}

// TopUpComplete shows the state of a Lightning or USDC top-up; the
// watchers grant the credit.
func (p *Pages) TopUpComplete(w http.ResponseWriter, r *http.Request) {
	t, err := p.ledger.TopUp(r.Context(), mux.Vars(r)["id"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	msg := "Waiting for your payment…"
	if t.Status == "settled" {
		msg = "Credit added to your account."
	}
	p.render(w, "topup_status.html", map[string]any{"topup": t, "message": msg})
}

// WalletComplete is the page the PayPal button lands on after the sale;
// it confirms with Braintree before activating the order.
func (p *Pages) WalletComplete(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	status, err := p.wallet.Status(ctx, q.Get("transaction"))
	if err != nil {
		http.Error(w, "try again shortly", http.StatusBadGateway)
		return
	}
	if status == braintree.TransactionStatusSettled || status == braintree.TransactionStatusSubmittedForSettlement {
		if err := p.subs.MarkPlanPaid(ctx, q.Get("subscription"), time.Now().AddDate(0, 1, 0)); err != nil {
			http.Error(w, "activation failed", http.StatusInternalServerError)
			return
		}
	}
	p.render(w, "plan_ready.html", map[string]string{"subscription": q.Get("subscription")})
}

type walletChargeReq struct {
	Nonce        string `json:"nonce"`
	Subscription string `json:"subscription"`
	Cents        int64  `json:"cents"`
}

// WalletCharge takes a PayPal payment for a plan with the checkout nonce.
func (p *Pages) WalletCharge(w http.ResponseWriter, r *http.Request) {
	var req walletChargeReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tx, err := p.wallet.Charge(r.Context(), req.Nonce, req.Cents, req.Subscription)
	if err != nil {
		http.Error(w, "payment failed", http.StatusPaymentRequired)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"transaction": tx.Id, "status": string(tx.Status)})
}

type topUpReq struct {
	Account string `json:"account"`
	Cents   int64  `json:"cents"`
	Sats    int64  `json:"sats"`
}

// LightningTopUp issues an invoice and watches it in the background.
func (p *Pages) LightningTopUp(w http.ResponseWriter, r *http.Request) {
	var req topUpReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	t, payReq, err := p.ln.NewTopUp(r.Context(), req.Account, req.Cents, req.Sats)
	if err != nil {
		http.Error(w, "lightning unavailable", http.StatusServiceUnavailable)
		return
	}
	go func() {
		if err := p.ln.Watch(context.Background(), t); err != nil {
			log.Printf("watch top-up %s: %v", t.ID, err)
		}
	}()
	_ = json.NewEncoder(w).Encode(map[string]string{"topup": t.ID, "payment_request": payReq})
}

type refundReq struct {
	PaymentIntent string `json:"payment_intent"`
	Cents         int64  `json:"cents"`
}

// RefundCredit refunds unused prepaid credit to the card that bought it.
func (p *Pages) RefundCredit(w http.ResponseWriter, r *http.Request) {
	var req refundReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Cents <= 0 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	acct, err := p.subs.Account(r.Context(), mux.Vars(r)["account"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if acct.CreditCents < req.Cents {
		http.Error(w, "not enough unused credit", http.StatusConflict)
		return
	}
	rf, err := p.billing.RefundUnusedCredit(r.Context(), acct, req.PaymentIntent, req.Cents)
	if err != nil {
		http.Error(w, "refund failed", http.StatusBadGateway)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"refund": rf.ID, "status": string(rf.Status)})
}

// UpgradePlan opens the first invoice of a bigger plan and activates it
// once Stripe reports it paid.
func (p *Pages) UpgradePlan(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	sub, err := p.subs.Subscription(ctx, mux.Vars(r)["id"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	acct, err := p.subs.Account(ctx, sub.AccountID)
	if err != nil {
		http.Error(w, "account", http.StatusInternalServerError)
		return
	}
	inv, err := p.billing.OpenPlanInvoice(ctx, acct, sub)
	if err != nil {
		http.Error(w, "stripe", http.StatusBadGateway)
		return
	}
	go func() {
		bg := context.Background()
		paid, err := p.billing.WaitInvoicePaid(bg, inv.ID)
		if err != nil || !paid {
			return
		}
		if err := p.subs.MarkPlanPaid(bg, sub.ID, time.Now().AddDate(0, 1, 0)); err != nil {
			log.Printf("upgrade %s: %v", sub.ID, err)
		}
	}()
	_ = json.NewEncoder(w).Encode(map[string]string{"invoice": inv.ID})
}
