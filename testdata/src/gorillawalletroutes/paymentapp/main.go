// Command paymentapp serves the members' pages and the wallet's
// notifications on one gorilla/mux router: the pages are added by a
// routes function of another package, the refund notifications pass
// through the signature middleware applied route by route, and the
// payment notifications beside them through nothing.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/gorilla/mux"

	"gorillawalletroutes/wallet"
	"gorillawalletroutes/walletsig"
	"gorillawalletroutes/walletsite"
	"gorillawalletroutes/walletstore"
)

// ledger is what the wallet's notifications write to.
type ledger struct {
	*walletstore.Bookings
	*walletstore.Refunds
}

func main() {
	db, _ := sql.Open("mysql", os.Getenv("MYSQL_DSN"))
	r := mux.NewRouter()
	r.Use(walletsig.Recover)
	walletsite.Routes(r)

	n := &wallet.Notifier{Ledger: ledger{walletstore.NewBookings(db), walletstore.NewRefunds(db)}}
	r.HandleFunc("/hooks/wallet/payment", n.HandlePayment).Methods(http.MethodPost) // want `payment webhook handler n.HandlePayment \(package gorillawalletroutes/wallet\) mounted on POST /hooks/wallet/payment verifies no signature, and no middleware on this route does: it acts on the payment through wallet.Ledger.MarkPaidByRef \(notifier.go:51\), which walletstore.Bookings.MarkPaidByRef, bound here, performs`
	signed := walletsig.RequireSignature(os.Getenv("WALLET_HOOK_SECRET"), "X-Wallet-Signature")
	r.Handle("/hooks/wallet/refund", signed(http.HandlerFunc(n.HandleRefund))).Methods(http.MethodPost)

	// Silent beside them: the same notifications checked by the handler
	// itself, and the wallet's reachability probe.
	r.HandleFunc("/hooks/wallet/payment-checked", n.HandleCheckedPayment).Methods(http.MethodPost)
	r.HandleFunc("/hooks/wallet/status", n.Status).Methods(http.MethodGet)

	// A router whose routes function puts the signature check in front of
	// every route: silent.
	covered := mux.NewRouter()
	walletsite.Secure(covered, os.Getenv("WALLET_HOOK_SECRET"))
	covered.HandleFunc("/hooks/wallet/payment", n.HandlePayment).Methods(http.MethodPost)
	go func() { _ = http.ListenAndServe(":8081", covered) }()

	_ = http.ListenAndServe(":8080", r)
}
