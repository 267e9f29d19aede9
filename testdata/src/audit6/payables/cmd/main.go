// Command payables runs the public API.
package main

import (
	"database/sql"
	"log"
	"log/slog"
	"net/http"
	"os"

	"audit6/payables/acctsync"
	"audit6/payables/bank"
	"audit6/payables/payhttp"
	"audit6/payables/payments"
	"audit6/payables/pullach"
	"audit6/payables/wallet"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	logger := slog.Default()
	bk := bank.New(os.Getenv("BANK_API_KEY"), bank.WithMaxRetries(4))
	pay := payments.NewService(bk, nil, logger)
	acct := &acctsync.Client{BaseURL: os.Getenv("ACCOUNTING_URL"), HTTP: http.DefaultClient}
	h := payhttp.New(payhttp.Config{
		BankWebhookSecret: os.Getenv("BANK_WEBHOOK_SECRET"),
		AccountingKey:     os.Getenv("ACCOUNTING_WEBHOOK_KEY"),
	}, nil, nil, pay, acct, nil, nil, logger)

	mux := http.NewServeMux()
	mux.Handle("/", h.Routes())
	wallet.NewService(db).Register(mux)
	(&pullach.Hooks{Secret: os.Getenv("ACH_WEBHOOK_SECRET")}).Mount(mux)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
