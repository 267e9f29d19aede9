// Command parked binds the same use case to a store that only ever
// writes pending: no paid state reaches the database, silent.
package main

import (
	"net/http"
	"net/smtp"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"

	"r13return/fulfil"
	"r13return/gormstore"
	"r13return/shopweb"
	"r13return/smtpmail"
)

func main() {
	db, _ := gorm.Open(nil)
	mc, _ := mollie.NewClient(nil, mollie.NewAPIConfig(true))
	svc := fulfil.New(gormstore.NewParking(db), smtpmail.New("localhost:25", "shop@example.com", smtp.PlainAuth("", "", "", "")))
	r := chi.NewRouter()
	shopweb.NewPages(mc, svc).Routes(r)
	_ = http.ListenAndServe(":8080", r)
}
