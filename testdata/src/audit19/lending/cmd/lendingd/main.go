// Command lendingd runs the lending backend: provider callbacks, borrower
// return pages and the collections worker.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"github.com/stripe/stripe-go/v82"
	"gorm.io/gorm"

	"audit19/lending/collections"
	"audit19/lending/httpapi"
	"audit19/lending/loans"
	"audit19/lending/partners"
	"audit19/lending/platform"
	"audit19/lending/providers/flutterwave"
	"audit19/lending/providers/mpesa"
	"audit19/lending/providers/paystack"
	"audit19/lending/store"
)

func main() {
	ctx := context.Background()
	logger := slog.Default()
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")

	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(nil)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	st := store.New(pool)
	events := store.NewEvents(gdb, rdb)

	gcCfg, err := gocardless.NewConfig(os.Getenv("GOCARDLESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	ps := paystack.New(os.Getenv("PAYSTACK_SECRET"))
	fw := flutterwave.New("https://api.flutterwave.com", os.Getenv("FLW_SECRET"))
	mp := mpesa.New(mpesa.Config{
		BaseURL:            "https://api.safaricom.co.ke",
		ConsumerKey:        os.Getenv("DARAJA_KEY"),
		ConsumerSecret:     os.Getenv("DARAJA_SECRET"),
		InitiatorName:      os.Getenv("DARAJA_INITIATOR"),
		SecurityCredential: os.Getenv("DARAJA_CREDENTIAL"),
		Shortcode:          os.Getenv("DARAJA_SHORTCODE"),
		ResultURL:          os.Getenv("PUBLIC_URL") + "/callbacks/mpesa/b2c/result?token=" + os.Getenv("DARAJA_CALLBACK_TOKEN"),
		TimeoutURL:         os.Getenv("PUBLIC_URL") + "/callbacks/mpesa/b2c/timeout?token=" + os.Getenv("DARAJA_CALLBACK_TOKEN"),
	}, mpesa.WithAttempts(4))

	svc := loans.NewService(st, 5000)
	cards := loans.NewCards(svc, os.Getenv("PUBLIC_URL")+"/repay/card/return")
	sms := partners.NewSMS(os.Getenv("AT_USER"), os.Getenv("AT_KEY"), "LENDA")
	renderer := partners.NewRenderer(os.Getenv("RENDERER_URL"))

	// net/http: Daraja and GoCardless callbacks.
	mux := http.NewServeMux()
	httpapi.NewMpesaCallbacks(st, os.Getenv("DARAJA_CALLBACK_TOKEN"), logger).Routes(mux)
	mux.Handle("POST /webhooks/gocardless", httpapi.NewGoCardlessWebhook(os.Getenv("GOCARDLESS_WEBHOOK_SECRET"), svc, logger)) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(httpapi.GoCardlessWebhook.ServeHTTP"

	// gin: Stripe webhook and the Paystack checkout pages.
	g := gin.New()
	g.POST("/webhooks/stripe", httpapi.NewStripeWebhook(os.Getenv("STRIPE_WEBHOOK_SECRET"), svc, events, sms, logger).Handle)
	pages := httpapi.NewPaystackPages(ps, svc, st, logger)
	g.GET("/repay/paystack/callback", pages.RepayCallback)
	g.GET("/payoff/paystack/callback", pages.PayoffCallback)

	// echo: Paystack webhooks and the 3DS return page.
	e := echo.New()
	hooks := httpapi.NewPaystackHooks(st, events, renderer, logger) // want "\\[webhookack\\] webhook handler calls httpapi.ReceiptRenderer.Render"
	pg := e.Group("/webhooks/paystack", platform.PaystackSignature(os.Getenv("PAYSTACK_SECRET")))
	pg.POST("/charge", hooks.ChargeSuccess)
	e.POST("/webhooks/paystack/payoff", hooks.PayoffSuccess) // want "\\[webhookverify\\] payment webhook handler hooks.PayoffSuccess"
	e.GET("/repay/card/return", httpapi.NewCardReturn(cards, st, os.Getenv("APP_URL")).Show)

	// asynq: collections and disbursements.
	redisOpt := asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")}
	worker := collections.NewWorker(st, gc, ps, fw, mp, logger)
	tasks := asynq.NewServeMux()
	worker.Register(tasks)
	srv := asynq.NewServer(redisOpt, asynq.Config{Concurrency: 4})
	go func() {
		if err := srv.Run(tasks); err != nil {
			log.Fatal(err)
		}
	}()

	rec := collections.NewReconciler(worker, 20*time.Minute)
	go func() {
		t := time.NewTicker(15 * time.Minute)
		defer t.Stop()
		for range t.C {
			if err := rec.RunOnce(ctx); err != nil {
				logger.Error("reconcile", "err", err)
			}
		}
	}()

	go func() { log.Fatal(http.ListenAndServe(":8081", mux)) }()
	go func() { log.Fatal(g.Run(":8082")) }()
	log.Fatal(e.Start(":8080"))
}
