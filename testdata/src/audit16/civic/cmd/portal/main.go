// Command portal runs the city-services payments portal: the citizen web
// app and provider webhooks (echo), the GoCardless endpoint (chi), the
// central bank notification endpoint (hertz) and the machinery workers.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"net/smtp"
	"os"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/config"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/go-chi/chi/v5"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/plutov/paypal/v4"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"audit16/civic/cardpay"
	"audit16/civic/extsvc"
	"audit16/civic/instalments"
	"audit16/civic/instantpay"
	"audit16/civic/store"
	"audit16/civic/web"
	"audit16/civic/webhooks"
	"audit16/civic/workers"
)

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		log.Fatalf("portal: %s is not set", k)
	}
	return v
}

func main() {
	ctx := context.Background()

	pg, err := sqlx.Connect("postgres", mustEnv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	taxDB, err := sql.Open("postgres", mustEnv("TAX_DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(mustEnv("MONGO_URL")))
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: mustEnv("REDIS_ADDR")})

	fines := store.NewFineStore(pg)
	permits := store.NewPermitStore(pg)
	plans := store.NewPlanStore(pg)
	taxes := store.NewTaxStore(taxDB)
	events := store.NewEventLog(mc.Database("portal"))

	cards := cardpay.New(&nas.Client{}, cardpay.WithAttempts(4))
	ppClient, err := paypal.NewClient(mustEnv("PAYPAL_CLIENT_ID"), mustEnv("PAYPAL_SECRET"), paypal.APIBaseSandBox)
	if err != nil {
		log.Fatal(err)
	}
	pp := cardpay.NewPayPal(ppClient, mustEnv("PAYPAL_WEBHOOK_ID"))

	gcCfg, err := gocardless.NewConfig(mustEnv("GOCARDLESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	collector := instalments.NewCollector(gc, plans)

	bank := instantpay.New(mustEnv("IPS_URL"), mustEnv("IPS_PARTICIPANT"), mustEnv("IPS_TOKEN"),
		instantpay.WithHTTPClient(&http.Client{Timeout: 20 * time.Second}))
	kiosk := instantpay.NewKiosk(bank)

	registry := extsvc.NewRegistry(mustEnv("REGISTRY_URL"))
	receipts := extsvc.NewReceipts(mustEnv("RECEIPTS_URL"))
	mailer := extsvc.NewMailer(mustEnv("SMTP_ADDR"), "payments@city.example", smtp.PlainAuth("", "portal", os.Getenv("SMTP_PASSWORD"), "relay.city.example"))
	ocr := extsvc.NewOCR(mustEnv("OCR_URL"))
	tiles := extsvc.NewTiles(mustEnv("GIS_URL"), mustEnv("GIS_KEY"))

	srv, err := machinery.NewServer(&config.Config{Broker: mustEnv("BROKER_URL"), DefaultQueue: "portal"})
	if err != nil {
		log.Fatal(err)
	}
	queue := workers.NewQueue(srv)
	refunds := workers.NewRefunds(taxes, bank, store.NewLocks(rdb))
	rec := workers.NewReconciler(taxes, bank, 20*time.Second)
	notices := workers.NewNotices(mailer, ocr, func(ctx context.Context) ([]workers.Citizen, error) { return nil, nil })
	if err := workers.Register(srv, refunds, rec, notices, collector); err != nil {
		log.Fatal(err)
	}
	if err := srv.RegisterTask("capture_permit", func(paymentID string, pence int64) error {
		return cards.Capture(context.Background(), paymentID, pence)
	}); err != nil {
		log.Fatal(err)
	}
	if err := srv.RegisterTask("capture_paypal", func(orderID string) error {
		_, err := pp.Capture(context.Background(), orderID)
		return err
	}); err != nil {
		log.Fatal(err)
	}

	// Citizen app and card/PayPal webhooks.
	e := echo.New()
	returns := web.NewReturns(cards, pp, fines, permits, taxes, queue)
	e.GET("/pay/fines/return", returns.FineReturn)
	e.GET("/pay/permits/return", returns.PermitReturn)
	e.GET("/pay/tax/paypal/return", returns.TaxPayPalReturn)
	e.GET("/pay/permits/paypal/return", returns.PermitPayPalReturn)
	instant := web.NewInstant(kiosk, taxes)
	e.POST("/tax/bills/:id/instant", instant.Online)
	e.POST("/kiosk/bills/:id/pay", instant.Kiosk)
	e.GET("/map/tiles/:z/:x/:y", web.NewMap(tiles).Tile)

	ckoHook := webhooks.NewCheckout(mustEnv("CKO_WEBHOOK_SECRET"), fines, taxes, receipts) // want "\\[webhookack\\] webhook handler calls webhooks.ReceiptRenderer.Render .checkout.go:72"
	ppHook := webhooks.NewPayPal(pp, events, fines, registry)                              // want "\\[webhookack\\] webhook handler calls webhooks.HoldReleaser.ReleaseHold .paypal.go:83" "\\[webhookverify\\] payment webhook PayPal.Handle checks only the error of its verifier, whose verdict is another result .PayPal's VerificationStatus., before store.FineStore.MarkPaid .paypal.go:80., its check PayPal.verifier.VerifyWebhook bound here to cardpay.PayPal.VerifyWebhook"
	e.POST("/webhooks/checkout", ckoHook.Handle)
	e.POST("/webhooks/paypal", ppHook.Handle)

	// GoCardless posts to its own listener.
	r := chi.NewRouter()
	r.Method(http.MethodPost, "/webhooks/gocardless", webhooks.NewGoCardless(os.Getenv("GOCARDLESS_WEBHOOK_SECRET"), taxes, plans))

	// The central bank reaches us on the IPS network only.
	h := server.Default()
	h.POST("/ips/notify", webhooks.NewIPS(mustEnv("IPS_NOTIFY_KEY"), taxes, queue).Notify)

	go func() { log.Fatal(http.ListenAndServe(":8081", r)) }()
	go func() { log.Fatal(srv.NewWorker("portal", 4).Launch()) }()
	go func() { log.Fatal(e.Start(":8080")) }()
	select {}
}
