// Package basket is a bakery's own checkout on chi: the buyer's browser,
// logged in by an HMAC-signed session cookie, posts the card's payment
// method; the handler charges it at Stripe and records the paid order.
// No provider calls these routes.
package basket

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"strings"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var cookieKey = []byte(os.Getenv("COOKIE_KEY"))

var errLogin = errors.New("login required")

// member checks the signed session cookie "baker=<id>.<mac>" and returns
// the member id: a person's login, not a provider's signature.
func member(r *http.Request) (string, error) {
	ck, err := r.Cookie("baker")
	if err != nil {
		return "", errLogin
	}
	id, mac, ok := strings.Cut(ck.Value, ".")
	if !ok {
		return "", errLogin
	}
	want := hmac.New(sha256.New, cookieKey)
	want.Write([]byte(id))
	got, _ := hex.DecodeString(mac)
	if !hmac.Equal(got, want.Sum(nil)) {
		return "", errLogin
	}
	return id, nil
}

type Shop struct{ DB *sql.DB }

// PayBasket (look-alike, CheckoutBehindLoginP20): the member's own
// checkout creates the PaymentIntent and stores the order paid; no
// provider ever posts here, so it answers after the charge by design.
func (s *Shop) PayBasket(w http.ResponseWriter, r *http.Request) {
	who, err := member(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	var in struct {
		PaymentMethod string `json:"paymentMethod"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	var total int64
	s.DB.QueryRow(`SELECT SUM(price) FROM basket_items WHERE member = $1`, who).Scan(&total)
	pi, err := paymentintent.New(&stripe.PaymentIntentParams{
		Amount:        stripe.Int64(total),
		Currency:      stripe.String("eur"),
		PaymentMethod: stripe.String(in.PaymentMethod),
		Confirm:       stripe.Bool(true),
	})
	if err != nil {
		http.Error(w, "card declined", http.StatusPaymentRequired)
		return
	}
	s.DB.Exec(`INSERT INTO orders (member, intent, total, status) VALUES ($1, $2, $3, 'paid')`, who, pi.ID, total)
	json.NewEncoder(w).Encode(map[string]any{"ok": true})
}

// Routes mounts the shop.
func Routes(s *Shop) http.Handler {
	r := chi.NewRouter()
	r.Post("/basket/pay", s.PayBasket)
	return r
}
