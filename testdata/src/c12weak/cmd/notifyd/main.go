// Command notifyd binds the notification handlers to their use cases.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/plutov/paypal/v4"

	"c12weak/ledger"
	"c12weak/notify"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	var sdk *paypal.Client
	orders := &ledger.Orders{DB: db}
	payouts := &ledger.Payouts{DB: db}
	r := chi.NewRouter()
	// mistakes: PayPal's error alone checked, a bank check failing open
	// before a looked-up payout is settled
	notify.NewPayPal(sdk, os.Getenv("PAYPAL_WEBHOOK_ID"), orders).Routes(r) // want `payment webhook notify.PayPal.Events checks only the error of its verifier, whose verdict is another result \(PayPal's VerificationStatus\), before domain.Orders.Apply \(paypal.go:47\), bound here to ledger.Orders.Apply`
	notify.NewBank(os.Getenv("BANK_SECRET"), payouts).Routes(r)             // want `payment webhook notify.Bank.Events skips signature verification when the secret is empty \(fails open\) before domain.Payouts.Settle \(bank.go:60\), bound here to ledger.Payouts.Settle`
	// look-alikes: the verdict read, a refused empty secret, a fail-open
	// check before a "seen" stamp
	notify.NewPayPalStrict(sdk, os.Getenv("PAYPAL_WEBHOOK_ID"), orders).Routes(r)
	notify.NewBankStrict(os.Getenv("BANK_SECRET"), payouts).Routes(r)
	notify.NewBankSeen(os.Getenv("BANK_SECRET"), payouts, &ledger.Seen{DB: db}).Routes(r)
	log.Fatal(http.ListenAndServe(":8080", r))
}
