// Command server is the clinics' billing API: it wires the repositories,
// the provider clients and the routes.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/jmoiron/sqlx"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"

	"audit8/clinics/bnpl"
	"audit8/clinics/claims"
	"audit8/clinics/instalments"
	"audit8/clinics/insurancebank"
	"audit8/clinics/wallet"
)

func main() {
	db, err := sqlx.Connect("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	sq := sqclient.NewClient(option.WithToken(os.Getenv("SQUARE_TOKEN")))
	bn := bnpl.New(bnpl.Config{
		BaseURL:  os.Getenv("BNPL_URL"),
		Username: os.Getenv("BNPL_USER"),
		Password: os.Getenv("BNPL_PASSWORD"),
		Timeout:  10 * time.Second,
	})
	plans := instalments.NewService(db.DB, bn)

	r := chi.NewRouter()
	routes(r, db, sq, plans)
	log.Fatal(http.ListenAndServe(":8080", r))
}

func routes(r *chi.Mux, db *sqlx.DB, sq *sqclient.Client, plans *instalments.Service) {
	bank := insurancebank.NewHandler(os.Getenv("BANK_WEBHOOK_SECRET"), claims.NewLedger(db), &mailer{from: "noreply@clinic.example"}) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(insurancebank.Handler.CreditPosted calls insurancebank.Ledger.RecordClaimPayment" "\\[webhookack\\] webhook handler calls insurancebank.Notifier.Send \\(handler.go:54, in insurancebank.Handler.CreditPosted\\), bound here to main.mailer.Send"
	r.Post("/webhooks/bank/credit-posted", bank.CreditPosted)
	r.Post("/webhooks/bank/credit-returned", bank.CreditReturned)
	r.Method(http.MethodPost, "/webhooks/bank/payment-settled",
		&insurancebank.Remittance{DB: db.DB, Secret: os.Getenv("BANK_REMIT_SECRET")})

	wallet.NewWebhooks(wallet.NewStore(db.DB), sq, os.Getenv("SQUARE_SIG_KEY"), os.Getenv("SQUARE_NOTIFY_URL")).Routes(r)

	cb := &bnplCallback{plans: plans, db: db.DB}
	r.Post("/bnpl/authorization-callback", cb.authorized)
	r.Post("/webhooks/ehr/encounter", ehrEncounter(db.DB))
}

var _ = sql.ErrNoRows
