package main

import (
	"net/smtp"
	"os"
	"testing"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"

	"r13return/fulfil"
	"r13return/gormstore"
	"r13return/shopweb"
	"r13return/smtpmail"
)

// TestMain wires the pages against a test database: no buyer reaches it.
func TestMain(m *testing.M) {
	db, _ := gorm.Open(nil)
	mc, _ := mollie.NewClient(nil, mollie.NewAPIConfig(true))
	svc := fulfil.New(gormstore.New(db), smtpmail.New("localhost:25", "t@example.com", smtp.PlainAuth("", "", "", "")))
	shopweb.NewPages(mc, svc).Routes(chi.NewRouter())
	os.Exit(m.Run())
}
