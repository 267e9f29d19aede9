// Command subrouterapp serves the wallet's notifications on a gorilla/mux
// sub-router of the public router, whose pages a routes function of this
// package adds: the refunds route signed route by route, the payouts and
// payments routes beside it open.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/gorilla/mux"

	"gorillawalletroutes/wallet"
	"gorillawalletroutes/walletsig"
	"gorillawalletroutes/walletstore"
)

// ledger is what the wallet's payment and refund notifications write to.
type ledger struct {
	*walletstore.Bookings
	*walletstore.Refunds
}

func main() {
	db, _ := sql.Open("mysql", os.Getenv("MYSQL_DSN"))
	n := &wallet.Notifier{
		Ledger:  ledger{walletstore.NewBookings(db), walletstore.NewRefunds(db)},
		Payouts: walletstore.NewPayouts(db),
	}
	signed := walletsig.RequireSignature(os.Getenv("WALLET_HOOK_SECRET"), "X-Wallet-Signature")

	r := mux.NewRouter()
	pages(r)
	notices := r.PathPrefix("/notify/wallet").Subrouter()
	notices.Handle("/refunds", signed(http.HandlerFunc(n.HandleRefund))).Methods(http.MethodPost)
	notices.HandleFunc("/payouts", n.HandleSettlement).Methods(http.MethodPost)     // want `mounted on POST /notify/wallet/payouts verifies no signature`
	notices.HandleFunc("/payments", n.HandlePayment).Methods(http.MethodPost)       // want `mounted on POST /notify/wallet/payments verifies no signature`
	notices.HandleFunc("/status", n.Status).Methods(http.MethodGet)                 // a probe: silent
	notices.HandleFunc("/checked", n.HandleCheckedPayment).Methods(http.MethodPost) // checks itself: silent

	// A sub-router whose Use covers every route of it: silent.
	vouchers := r.PathPrefix("/notify/vouchers").Subrouter()
	vouchers.Use(signed)
	vouchers.HandleFunc("/refunds", n.HandleRefund).Methods(http.MethodPost)
	vouchers.HandleFunc("/payouts", n.HandleSettlement).Methods(http.MethodPost)
	vouchers.HandleFunc("/payments", n.HandlePayment).Methods(http.MethodPost)
	go func() { _ = http.ListenAndServe(":8080", r) }()

	// A router a helper of this package puts the check in front of: silent.
	guarded := mux.NewRouter()
	guard(guarded, signed)
	guarded.HandleFunc("/notify/wallet/payments", n.HandlePayment).Methods(http.MethodPost)
	_ = http.ListenAndServe(":8081", guarded)
}

// pages adds the members' pages.
func pages(r *mux.Router) {
	r.HandleFunc("/", home).Methods(http.MethodGet)
	account := r.PathPrefix("/account").Subrouter()
	account.HandleFunc("/bookings", home).Methods(http.MethodGet)
}

// guard puts mw in front of every route of r.
func guard(r *mux.Router, mw mux.MiddlewareFunc) {
	r.Use(mw)
}

func home(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }
