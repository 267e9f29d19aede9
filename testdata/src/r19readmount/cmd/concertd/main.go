package main

import (
	"database/sql"
	"net/http"
	"os"

	"r19readmount/pages"
	"r19readmount/store"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	p := &pages.Pages{Orders: &store.Orders{DB: db}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /concerts/payment-succeeded", p.TicketsPaid) // want `pages.Pages.TicketsPaid, mounted here on /concerts/payment-succeeded, a page the buyer's browser comes back to: order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
	mux.HandleFunc("POST /festival/payment-succeeded", p.TicketsChecked)
	mux.HandleFunc("POST /club/payment-succeeded", p.TicketsHelper)
	mux.HandleFunc("POST /concerts/thank-you", p.ThankYou)
	mux.HandleFunc("POST /box-office/sales", p.TicketsPaid)
	http.ListenAndServe(":8080", mux)
}
