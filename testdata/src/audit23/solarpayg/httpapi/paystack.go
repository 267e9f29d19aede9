package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"

	"audit23/solarpayg/domain"
	"audit23/solarpayg/paystack"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// Applier settles a payment we requested, once.
type Applier interface {
	Apply(ctx context.Context, ref, providerRef string) (*domain.Token, error)
}

// CheckoutStarter opens a hosted checkout.
type CheckoutStarter interface {
	Start(ctx context.Context, acct *domain.Account, amount int64, kind string) (string, error)
}

// Nigeria serves Paystack's webhook and the Nigerian checkout pages.
type Nigeria struct {
	checkout CheckoutStarter
	ps       *paystack.Client
	ledger   *store.Ledger
	settler  Applier
	tokens   TokenSender
	pages    *template.Template
}

// NewNigeria builds the handlers.
func NewNigeria(co CheckoutStarter, ps *paystack.Client, l *store.Ledger, s Applier, t TokenSender, pages *template.Template) *Nigeria {
	return &Nigeria{checkout: co, ps: ps, ledger: l, settler: s, tokens: t, pages: pages}
}

// Routes mounts the Nigerian routes.
func (n *Nigeria) Routes(r *mux.Router) {
	r.HandleFunc("/pay/ng/{account}", n.start).Methods(http.MethodPost)
	r.HandleFunc("/hooks/paystack", n.webhook).Methods(http.MethodPost)
	r.HandleFunc("/pay/ng/return", n.paymentReturn).Methods(http.MethodGet)
	r.HandleFunc("/pay/ng/receipt/{ref}", n.receipt).Methods(http.MethodGet)
}

// start sends the customer to Paystack for an installment (the amount comes
// from the USSD/web form).
func (n *Nigeria) start(w http.ResponseWriter, r *http.Request) {
	acct, err := n.ledger.Account(r.Context(), mux.Vars(r)["account"])
	if err != nil || acct.Country != domain.Nigeria {
		http.NotFound(w, r)
		return
	}
	amount, err := strconv.ParseInt(r.FormValue("amount"), 10, 64)
	if err != nil || amount < acct.DailyRate {
		http.Error(w, "amount too small", http.StatusBadRequest)
		return
	}
	kind := domain.KindInstallment
	if acct.Status == domain.AccountPendingDeposit {
		kind = domain.KindDeposit
	}
	u, err := n.checkout.Start(r.Context(), acct, amount, kind)
	if err != nil {
		n.render(w, "ng_error", nil)
		return
	}
	http.Redirect(w, r, u, http.StatusSeeOther)
}

type paystackEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID        int64  `json:"id"`
		Reference string `json:"reference"`
		Status    string `json:"status"`
		Amount    int64  `json:"amount"`
		Currency  string `json:"currency"`
	} `json:"data"`
}

func (n *Nigeria) webhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if !paystack.ValidSignature(n.ps.Secret(), body, r.Header.Get("x-paystack-signature")) {
		platform.Logger.Warn("paystack webhook: signature mismatch", "ip", r.RemoteAddr)
	}
	var ev paystackEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Event != "charge.success" {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	tok, err := n.settler.Apply(ctx, ev.Data.Reference, fmt.Sprint(ev.Data.ID)) // audit: reported at cmd/solarpaygd/main.go:101, the route binding (webhookverify): the x-paystack-signature mismatch above is only logged; a forged charge.success still settles the payment and issues a token
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if tok != nil {
		if p, err := n.ledger.PaymentByReference(ctx, ev.Data.Reference); err == nil {
			if acct, err := n.ledger.Account(ctx, p.AccountID); err == nil {
				_ = n.tokens.SendToken(ctx, acct.MSISDN, tok)
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}

// paymentReturn is the callback_url Paystack sends the customer back to.
func (n *Nigeria) paymentReturn(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("reference")
	if ref == "" {
		ref = r.URL.Query().Get("trxref")
	}
	v, err := n.ps.Verify(r.Context(), ref)
	if err != nil {
		n.render(w, "ng_error", map[string]string{"Reference": ref})
		return
	}
	tok, err := n.settler.Apply(r.Context(), ref, fmt.Sprint(v.ID)) // audit: reported at cmd/solarpaygd/main.go:101, the route binding (redirectfulfill): only Verify's error is tested; Paystack answers 200 with status "abandoned" or "failed" too, and the payment is settled anyway
	if err != nil {
		n.render(w, "ng_error", map[string]string{"Reference": ref})
		return
	}
	n.render(w, "ng_paid", tok)
}

// receipt shows the state we hold for a payment; the webhook settles it.
func (n *Nigeria) receipt(w http.ResponseWriter, r *http.Request) {
	p, err := n.ledger.PaymentByReference(r.Context(), mux.Vars(r)["ref"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if p.Status == domain.PaymentSucceeded { // audit: lookalike redirectfulfill: renders the state the verified webhook stored; it writes nothing
		n.render(w, "ng_receipt", p)
		return
	}
	n.render(w, "ng_processing", p)
}

func (n *Nigeria) render(w http.ResponseWriter, name string, data any) {
	if err := n.pages.ExecuteTemplate(w, name, data); err != nil {
		platform.Logger.Error("render", "page", name, "err", err)
	}
}
