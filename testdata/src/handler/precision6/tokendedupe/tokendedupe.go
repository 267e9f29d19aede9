// Package tokendedupe: a buyer coming back from PayPal carries the order
// id in a query parameter named "token"; the page that captures it is a
// return page, not a webhook. Webhooks whose callback token comes in a
// header or a posted form stay webhooks.
package tokendedupe

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/plutov/paypal/v4"
)

// gateway is an in-house REST client of a card gateway.
type gateway struct {
	base string
	hc   *http.Client
}

// capturePayment captures an authorised payment: a payment write the
// payment model knows through its body.
func (g *gateway) capturePayment(ctx context.Context, paymentID, apiKey string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v1/payments/"+paymentID+"/capture", bytes.NewReader(nil))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	resp, err := g.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("capture: %d", resp.StatusCode)
	}
	return nil
}

type shop struct {
	db            *sql.DB
	pp            *paypal.Client
	gw            *gateway
	apiKey        string
	callbackToken string
	notifySecret  string
	returnSecret  string
}

func (s *shop) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/checkout/paypal/complete", s.paypalComplete)
	mux.HandleFunc("/checkout/card/back", s.cardBack)
	mux.HandleFunc("/checkout/signed/back", s.signedBack)
	mux.HandleFunc("/webhooks/coins", s.coinsHook)
	r := chi.NewRouter()
	r.Post("/hooks/invoices", s.invoicePaid)
	r.Post("/gateway/notify", s.gatewayNotify)
	r.Mount("/", mux)
	return r
}

// paypalComplete: PayPal sends the buyer back with ?token=<order id>; the
// capture of that order is the page's job, not a signature check.
func (s *shop) paypalComplete(w http.ResponseWriter, r *http.Request) {
	orderRef := r.URL.Query().Get("token")
	out, err := s.pp.CaptureOrder(r.Context(), orderRef, paypal.CaptureOrderRequest{})
	if err != nil {
		http.Error(w, "capture failed", http.StatusBadGateway)
		return
	}
	if out.Status == paypal.OrderStatusCompleted {
		s.db.ExecContext(r.Context(), `UPDATE carts SET state = 'paid' WHERE paypal_order = $1`, orderRef)
	}
	http.Redirect(w, r, "/thanks", http.StatusFound)
}

// cardBack: the card gateway's return URL names the payment "token"; the
// in-house capture call is a payment write, not a verifier.
func (s *shop) cardBack(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := s.gw.capturePayment(r.Context(), q.Get("token"), s.apiKey); err != nil {
		http.Redirect(w, r, "/pay/failed", http.StatusFound)
		return
	}
	http.Redirect(w, r, "/thanks", http.StatusFound)
}

// invoicePaid: an invoice provider's callback token in a header, compared
// with ours: a webhook, whose credit repeats on every delivery.
func (s *shop) invoicePaid(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Callback-Token") != s.callbackToken {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	r.ParseForm()
	account, amount := r.PostForm.Get("external_id"), r.PostForm.Get("paid_amount")
	s.db.ExecContext(r.Context(), `UPDATE accounts SET balance = balance + $1 WHERE id = $2`, amount, account) // want "webhook handler credits the balance"
	w.WriteHeader(http.StatusOK)
}

var errBadToken = errors.New("bad token")

// checkToken compares a posted notification token with the configured one.
func checkToken(token, secret string) error {
	if token == "" || token != secret {
		return errBadToken
	}
	return nil
}

// gatewayNotify: the token is POSTed with the notification and checked
// with our secret: still a webhook.
func (s *shop) gatewayNotify(w http.ResponseWriter, r *http.Request) {
	if err := checkToken(r.PostFormValue("token"), s.notifySecret); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	wallet := r.PostFormValue("wallet")
	s.db.ExecContext(r.Context(), `UPDATE wallets SET balance = balance + $1 WHERE id = $2`, r.PostFormValue("amount"), wallet) // want "webhook handler credits the balance"
	w.WriteHeader(http.StatusOK)
}

// verifyReturnToken checks the token the shop signed into its own return
// URL.
func verifyReturnToken(token, secret string) error {
	if token != secret {
		return errBadToken
	}
	return nil
}

// signedBack: the buyer's return page checks the shop's own signed token
// from the query string: a browser's page, not a provider's delivery.
func (s *shop) signedBack(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("token")
	if err := verifyReturnToken(ref, s.returnSecret); err != nil {
		http.Error(w, "link expired", http.StatusForbidden)
		return
	}
	// (a top-up's return: the credit itself is redirectfulfill's to judge)
	s.db.ExecContext(r.Context(), `UPDATE accounts SET balance = balance + $1 WHERE topup_ref = $2`, r.URL.Query().Get("amount"), ref)
	http.Redirect(w, r, "/thanks", http.StatusFound)
}

// coinsHook: a provider that notifies by GET with ?token=…, on a webhook
// route: the route says webhook, the token does not need to.
func (s *shop) coinsHook(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := verifyReturnToken(q.Get("token"), s.notifySecret); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	s.db.ExecContext(r.Context(), `UPDATE wallets SET balance = balance + $1 WHERE id = $2`, q.Get("amount"), q.Get("wallet")) // want "webhook handler credits the balance"
	w.WriteHeader(http.StatusOK)
}
