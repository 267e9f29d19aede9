package main

import (
	"database/sql"
	"net/http"

	"github.com/go-chi/chi/v5"

	"d26factorypage/flows"
	"d26factorypage/store"
)

func main() {
	db, _ := sql.Open("postgres", "")
	enrolments := store.New(db)
	bank := flows.New("https://api.bank.example")
	r := chi.NewRouter()
	r.Get("/pay/bank/return", flows.FinishedPage(bank, enrolments)) // want "order fulfilled by the success-redirect handler flows.FinishedPage \\(/pay/bank/return\\), which calls flows.Enroller.EnrolPaid \\(pages.go:23\\)"
	r.Get("/pay/bank/complete", flows.CheckedPage(bank, enrolments))
	http.ListenAndServe(":8080", r)
}
