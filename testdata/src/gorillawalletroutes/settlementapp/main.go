// Command settlementapp serves the wallet's payout and refund
// notifications on gorilla/mux: the refunds route behind the signature
// middleware, made once and applied route by route, and the payouts
// route of the same notifier beside it with nothing but the router's own
// panic recovery in front.
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

	r := mux.NewRouter()
	r.Use(walletsig.Recover)
	signed := walletsig.RequireSignature(os.Getenv("WALLET_HOOK_SECRET"), "X-Wallet-Signature")
	r.Handle("/hooks/wallet/refunds", signed(http.HandlerFunc(n.HandleRefund))).Methods(http.MethodPost)
	r.HandleFunc("/hooks/wallet/payouts", n.HandleSettlement).Methods(http.MethodPost) // want `mounted on POST /hooks/wallet/payouts verifies no signature`
	go func() { _ = http.ListenAndServe(":8080", r) }()

	// A sibling behind a logging middleware only says nothing: silent.
	logged := mux.NewRouter()
	logged.Handle("/hooks/wallet/refunds", walletsig.LogRequests(http.HandlerFunc(n.HandleRefund))).Methods(http.MethodPost)
	logged.HandleFunc("/hooks/wallet/payouts", n.HandleSettlement).Methods(http.MethodPost)
	go func() { _ = http.ListenAndServe(":8081", logged) }()

	// The signature middleware on the whole router, and on the wallet's
	// sub-router, covers the payouts route too: silent.
	all := mux.NewRouter()
	all.Use(signed)
	all.Handle("/hooks/wallet/refunds", http.HandlerFunc(n.HandleRefund)).Methods(http.MethodPost)
	all.HandleFunc("/hooks/wallet/payouts", n.HandleSettlement).Methods(http.MethodPost)
	go func() { _ = http.ListenAndServe(":8082", all) }()

	root := mux.NewRouter()
	wallet := root.PathPrefix("/hooks/wallet").Subrouter()
	wallet.Use(signed)
	wallet.HandleFunc("/refunds", n.HandleRefund).Methods(http.MethodPost)
	wallet.HandleFunc("/payouts", n.HandleSettlement).Methods(http.MethodPost)
	_ = http.ListenAndServe(":8083", root)
}
