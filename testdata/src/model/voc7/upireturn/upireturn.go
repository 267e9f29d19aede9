// Package upireturn is the payer's way back from a UPI wallet: the
// posted form's STATUS=TXN_SUCCESS (Paytm) or code=PAYMENT_SUCCESS
// (PhonePe) is the buyer's word, not the gateway's. The look-alike asks
// the gateway's status endpoint (beside its pay endpoint) first.
package upireturn

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

type Orders interface {
	MarkPaid(ctx context.Context, id string) error
}

type Wallet struct {
	Root string
	HC   *http.Client
}

func (w *Wallet) Pay(ctx context.Context, order string, paise int64, vpa string) error {
	raw, _ := json.Marshal(map[string]any{"orderRef": order, "txnAmount": paise, "payerVpa": vpa})
	req, _ := http.NewRequestWithContext(ctx, "POST", w.Root+"/wallet-pg/v4/process", strings.NewReader(string(raw)))
	_, err := w.HC.Do(req)
	return err
}

func (w *Wallet) State(ctx context.Context, order string) (string, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", w.Root+"/wallet-pg/v4/state/"+order, nil)
	res, err := w.HC.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out struct {
		ResultStatus string `json:"resultStatus"`
	}
	err = json.NewDecoder(res.Body).Decode(&out)
	return out.ResultStatus, err
}

type Pages struct {
	Orders Orders
	Wallet *Wallet
}

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/checkout/wallet/return", p.walletReturn)
	mux.HandleFunc("/checkout/upi/return", p.upiReturn)
	mux.HandleFunc("/checkout/upi/landed", p.upiLanded)
}

func (p *Pages) walletReturn(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("STATUS") != "TXN_SUCCESS" {
		http.Redirect(w, r, "/checkout/failed", http.StatusSeeOther)
		return
	}
	if err := p.Orders.MarkPaid(r.Context(), r.FormValue("ORDERID")); err != nil { // want `order fulfilled in the success-redirect handler from a form value \(STATUS\) without reading the payment's status from the provider`
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/checkout/thanks", http.StatusSeeOther)
}

func (p *Pages) upiReturn(w http.ResponseWriter, r *http.Request) {
	if strings.EqualFold(r.FormValue("code"), "payment_success") {
		p.Orders.MarkPaid(r.Context(), r.FormValue("merchantOrderId")) // want `order fulfilled in the success-redirect handler from a form value \(code\) without reading the payment's status from the provider`
	}
	http.Redirect(w, r, "/checkout/thanks", http.StatusSeeOther)
}

// Look-alike: the wallet's own state is read before the order is paid.
func (p *Pages) upiLanded(w http.ResponseWriter, r *http.Request) {
	order := r.FormValue("merchantOrderId")
	st, err := p.Wallet.State(r.Context(), order)
	if err != nil {
		http.Error(w, "still checking", http.StatusBadGateway)
		return
	}
	if st == "TXN_SUCCESS" {
		p.Orders.MarkPaid(r.Context(), order)
	}
	http.Redirect(w, r, "/checkout/thanks", http.StatusSeeOther)
}
