// Package wire builds the auction backend's HTTP app and workers.
package wire

import (
	"net/http"
	"os"
	"time"

	"audit8/auctions/bankpay"
	"audit8/auctions/bankreturn"
	"audit8/auctions/closing"
	"audit8/auctions/hooks"
	"audit8/auctions/settlement"

	"github.com/gofiber/fiber/v2"
	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"
	"github.com/uptrace/bun"
)

type Deps struct {
	DB     *bun.DB
	Jobs   *asynq.Client
	Events hooks.EventLog
	Lots   closing.LotStore
}

// WebhookApp is the fiber app behind webhooks.lotline.example.
func WebhookApp(d Deps) *fiber.App {
	app := fiber.New()
	svc := settlement.New(d.DB, os.Getenv("SMTP_ADDR"))
	carrier := &hooks.CarrierClient{BaseURL: os.Getenv("CARRIER_URL"), HTTP: &http.Client{Timeout: 5 * time.Second}}
	h := hooks.New(hooks.Secrets{
		StripePlatform: os.Getenv("STRIPE_WHSEC"),
		StripeConnect:  os.Getenv("STRIPE_CONNECT_WHSEC"),
		Checkout:       os.Getenv("CKO_WEBHOOK_SECRET"),
		Bank:           os.Getenv("BANK_WEBHOOK_SECRET"),
		CarrierToken:   os.Getenv("CARRIER_TOKEN"),
	}, d.DB, d.Jobs, d.Events, svc, carrier) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(hooks.Handlers.Bank calls hooks.PaymentEvents.BuyerPaid" "\\[webhookack\\] webhook handler calls hooks.PaymentEvents.BuyerPaid \\(bank.go:34"
	hooks.Mount(app, h)
	return app
}

// ShopApp is the echo app the buyers use.
func ShopApp(d Deps) *echo.Echo {
	e := echo.New()
	bank := bankpay.New(bankpay.Config{
		BaseURL:     os.Getenv("BANK_API"),
		APIKey:      os.Getenv("BANK_KEY"),
		RedirectURL: "https://lotline.example/pay/bank/return",
	})
	bankreturn.Register(e, bankreturn.NewHandlers(bank, d.DB))
	return e
}

// Worker is the asynq mux for the closing queue.
func Worker(d Deps) *asynq.ServeMux {
	mux := asynq.NewServeMux()
	closing.Register(mux, closing.NewWorker(d.Lots))
	return mux
}
