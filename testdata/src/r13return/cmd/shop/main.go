// Command shop binds the order use case to the GORM store: the chi return
// page confirms through it with Mollie's status never tested.
package main

import (
	"net/http"
	"net/smtp"
	"os"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"r13return/fulfil"
	"r13return/gormstore"
	"r13return/shopweb"
	"r13return/smtpmail"
)

func main() {
	db, _ := gorm.Open(nil)
	mc, _ := mollie.NewClient(nil, mollie.NewAPIConfig(true))
	mail := smtpmail.New(os.Getenv("SMTP_ADDR"), "shop@example.com", smtp.PlainAuth("", "", "", ""))
	svc := fulfil.New(gormstore.New(db), mail)

	r := chi.NewRouter()
	shopweb.NewPages(mc, svc).Routes(r) // want `order fulfilled by the success-redirect handler shopweb.Pages.Return \(/checkout/\{id\}/return\), which calls fulfil.Service.Confirm \(pages.go:36\) after reading the payment from the provider without checking that its status is paid; bound here, fulfil.Service.Confirm .*through gormstore.Store.SetOrderStatus`

	shopweb.NewGatePages(mc, fulfil.NewGate(gormstore.New(db))).Routes(r) // the use case tests the status: silent

	g := gin.New()
	shopweb.NewCheckedPages(mc, svc).Mount(g) // tests pay.Status first: silent

	e := echo.New()
	(&shopweb.ReceiptPages{Receipts: fulfil.NewReceipts(mail)}).Register(e) // only mails: silent

	go func() { _ = g.Run(":8081") }()
	go func() { _ = e.Start(":8082") }()
	_ = http.ListenAndServe(":8080", r)
}
