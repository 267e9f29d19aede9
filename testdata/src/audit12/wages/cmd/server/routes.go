package main

import (
	"log"
	"net/http"
	"os"

	"audit12/wages/kit"
	"audit12/wages/portal"
	"audit12/wages/webhooks"

	"github.com/beego/beego/v2/server/web"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
)

// routes builds the main net/http server: the portal and the bank
// partner's and GoCardless webhooks.
func (a *app) routes() http.Handler {
	mux := http.NewServeMux()

	r := chi.NewRouter()
	portal.New(portal.Deps{
		Stripe:   a.sc,
		Razorpay: a.rzp,
		Invoices: a.payroll,
		Plans:    a.workers,
		Floats:   a.ledger,
		Fees:     a.ledger,
		BaseURL:  os.Getenv("PORTAL_URL"),
		Tmpl:     a.tmpl,
		Log:      a.log,
	}).Mount(r)
	mux.Handle("/billing/", r)
	mux.Handle("/settings/", r)

	cb := webhooks.NewCorebankHooks(a.withdrawals, a.payroll, a.ledger, a.workers, a.sms, a.log) // want "\\[webhookack\\] webhook handler calls domain.Notifier.SendSMS \\(corebank.go:110, in webhooks.CorebankHooks.DebitReturned\\), bound here to jobs.SMS.SendSMS"
	signed := kit.RequireSignature([]byte(os.Getenv("COREBANK_WEBHOOK_SECRET")), "X-Corebank-Signature")
	mux.Handle("POST /hooks/corebank/debits", signed(http.HandlerFunc(cb.DebitReturned)))
	mux.HandleFunc("POST /hooks/corebank/transfers", cb.TransferSettled) // want "\\[webhookverify\\] payment webhook handler cb.TransferSettled \\(package audit12/wages/webhooks\\) mounted on POST /hooks/corebank/transfers verifies no signature, and no middleware on this route does: it stores what it decoded through domain.WithdrawalStore.MarkSettled \\(corebank.go:74\\), bound here to store.Withdrawals.MarkSettled, an event its sibling route /hooks/corebank/debits takes only behind a verifying middleware"

	gcHook, err := webhooks.NewGoCardless(os.Getenv("GOCARDLESS_WEBHOOK_SECRET"), a.gc, a.ledger, a.log) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(webhooks.GoCardlessEvents.handle calls webhooks.FloatCredits.AddFloat"
	if err != nil {
		log.Fatal(err)
	}
	mux.Handle("POST /webhooks/gocardless", gcHook)
	return mux
}

// runGin serves Stripe webhooks.
func (a *app) runGin() {
	g := gin.New()
	hooks := webhooks.NewStripeHooks(os.Getenv("STRIPE_WEBHOOK_SECRET"), a.payroll, a.bank, os.Getenv("COREBANK_PROGRAM_ACCOUNT"), a.log) // want "\\[webhookack\\] webhook handler calls webhooks.ProgramAccount.CreateTransfer .* bound here to baas.Client.CreateTransfer"
	g.POST("/webhooks/stripe", hooks.Handle)
	log.Fatal(g.Run(":8081"))
}

// runFiber serves Checkout.com payout webhooks.
func (a *app) runFiber() {
	f := fiber.New(fiber.Config{AppName: "ewa-payout-hooks"})
	hooks := webhooks.NewCheckoutHooks(mustEnv("CKO_WEBHOOK_SECRET"), a.withdrawals, a.pool, a.queue)
	f.Post("/webhooks/checkout", hooks.Payouts)
	log.Fatal(f.Listen(":8082"))
}

// runBeego serves the India business's Razorpay webhooks.
func (a *app) runBeego() {
	hooks := webhooks.NewRazorpayHooks(os.Getenv("RAZORPAY_WEBHOOK_SECRET"), a.ledger, a.log)
	web.Post("/hooks/razorpay", hooks.Handle)
}
