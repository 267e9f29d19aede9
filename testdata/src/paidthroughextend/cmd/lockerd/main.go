// Command lockerd binds the lockers store to the renewal notifications
// and serves them.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"paidthroughextend/hooks"
	"paidthroughextend/lockers"
	"paidthroughextend/renewals"
)

func main() {
	db, err := sql.Open("mysql", os.Getenv("MYSQL_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	store := lockers.New(db)
	rn, err := renewals.NewRenewals(os.Getenv("BILLING_SECRET"), store) // want "webhook handler credits the balance \\(renewals.Renewals.Handle calls renewals.Terms.ExtendPaidThrough \\(renewals.go:[0-9]+\\), bound here to lockers.Store.ExtendPaidThrough: sql.DB.ExecContext: paid_through \\+= …\\)"
	if err != nil {
		log.Fatal(err)
	}
	billed, err := renewals.NewPeriodRenewals(os.Getenv("BILLING_SECRET"), store)
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/billing", rn.Handle)
	mux.HandleFunc("POST /webhooks/billing/periods", billed.Handle)
	(&hooks.Invoices{Secret: os.Getenv("STRIPE_WEBHOOK_SECRET"), Store: store}).Routes(mux)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
