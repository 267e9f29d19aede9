// Command server runs the car-rental payments backend.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	mpconfig "github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	stripe "github.com/stripe/stripe-go/v82"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/gorm"

	"audit10/carrental/checkout"
	"audit10/carrental/corporate"
	"audit10/carrental/deposit"
	"audit10/carrental/fleet"
	"audit10/carrental/fleetpayout"
	"audit10/carrental/latam"
	"audit10/carrental/platform"
	"audit10/carrental/returns"
	"audit10/carrental/stripepay"
	"audit10/carrental/tolls"
	"audit10/carrental/webhooks"
)

func main() {
	ctx := context.Background()
	logger := slog.Default()

	db, err := sqlx.Connect("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(nil)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URL")))
	if err != nil {
		log.Fatal(err)
	}

	bt := braintree.New(braintree.Sandbox, os.Getenv("BT_MERCHANT"), os.Getenv("BT_PUBLIC"), os.Getenv("BT_PRIVATE"))
	sc := stripe.NewClient(os.Getenv("STRIPE_KEY"))
	pay := stripepay.New(os.Getenv("STRIPE_KEY"),
		stripepay.WithPublicURL(os.Getenv("PUBLIC_URL")),
		stripepay.WithSettleWait(10*time.Second))
	gcCfg, err := gocardless.NewConfig(os.Getenv("GC_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	mpCfg, err := mpconfig.New(os.Getenv("MP_ACCESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}

	stores := &sqlStores{db: db}
	mailer := &smtpMailer{host: os.Getenv("SMTP_HOST"), from: "billing@rent.example.com"}
	deposits := deposit.NewService(bt, sc, deposit.NewPGStore(pool), logger)
	desk := returns.NewDesk(stores, deposits, pay, fuelPricePerPct(), logger) // want "\\[idempotency\\] returns.Desk calls domain.Charger.Charge \\(desk.go:117\\), retried by platform.Do \\(line 116\\), bound here to stripepay.Client.Charge .* with an idempotency key made anew on every attempt"
	tollJob := tolls.NewJob(db, pay, mailer, logger)                          // want "\\[idempotency\\] tolls.Job calls domain.Charger.Charge \\(job.go:80\\), retried by retry.Do \\(line 79\\), bound here to stripepay.Client.Charge .* without an idempotency key"
	invoicer := corporate.NewInvoicer(gc, gdb, time.Hour)
	ledger := corporate.NewLedger(gdb)
	latamSvc := latam.NewService(payment.NewClient(mpCfg), mc.Database("latam"), logger)
	payoutAPI := fleetpayout.NewClient(os.Getenv("PARTNER_BANK_URL"), os.Getenv("PARTNER_BANK_TOKEN"))
	payoutWorker := fleetpayout.NewWorker(payoutAPI, stores, logger)
	partners := fleet.NewPartnerNotifier(os.Getenv("PARTNER_HUB_URL"))
	tele := fleet.NewTelematics(rdb, os.Getenv("TELEMATICS_URL"), os.Getenv("ALERTS_URL"), logger)
	avail := fleet.NewCache(rdb, db, logger)
	licences := fleet.NewLicenceChecker(os.Getenv("LICENCE_VENDOR_URL"), os.Getenv("LICENCE_VENDOR_KEY"), db)

	hooks := webhooks.New(webhooks.Config{
		Braintree: bt,
		Events:    webhooks.NewSQLEventLog(db),
		Charges:   stores,
		Jobs:      webhooks.NewOutbox(db),
		DB:        db,
		Corporate: ledger,
		Partners:  partners,
		GCSecret:  os.Getenv("GC_WEBHOOK_SECRET"),
		Log:       logger,
	})

	r := chi.NewRouter()
	r.Use(requestLog(logger))
	r.Route("/webhooks", func(r chi.Router) {
		r.With(platform.StripeSignature(os.Getenv("STRIPE_WEBHOOK_SECRET"))).Post("/stripe", hooks.StripeEvents)
		r.Post("/braintree", hooks.Braintree)
		r.Post("/gocardless", hooks.GoCardless)
		r.Method(http.MethodPost, "/partner-bank", fleetpayout.NewWebhookHandler(os.Getenv("PARTNER_BANK_WEBHOOK_SECRET"), stores))
		r.Post("/telematics", tele.PingsHook)
	})
	// One-way fees are collected on the EU entity's Stripe account.
	r.Post("/webhooks/stripe-eu", hooks.StripeEvents) // want "\\[webhookverify\\] payment webhook handler hooks.StripeEvents \\(package audit10/carrental/webhooks\\) mounted on POST /webhooks/stripe-eu verifies no signature"
	r.Route("/drivers", licences.Routes)

	ginEngine := gin.New()
	checkout.NewPages(pay, checkout.NewBookings(db), os.Getenv("ONEWAY_PRICE")).Register(ginEngine.Group("/checkout"))
	r.Mount("/checkout", ginEngine)

	e := echo.New()
	latam.NewHandlers(latamSvc, os.Getenv("MP_WEBHOOK_SECRET")).Register(e)
	r.Mount("/latam", e)

	desks := mux.NewRouter()
	desk.Routes(desks)
	r.Mount("/desk", desks)

	go avail.Refresh(ctx)

	c := cron.New()
	c.AddFunc("15 2 * * *", tollJob.Run)
	c.AddFunc("0 6 1 * *", func() {
		if err := invoicer.CollectPeriod(ctx, time.Now().AddDate(0, -1, 0).Format("2006-01")); err != nil {
			logger.Error("corporate invoicing", "err", err)
		}
	})
	c.AddFunc("*/10 * * * *", func() {
		if err := payoutWorker.RunOnce(ctx); err != nil {
			logger.Error("partner payouts", "err", err)
		}
	})
	c.Start()

	log.Fatal(http.ListenAndServe(":8080", r))
}

func fuelPricePerPct() int64 {
	v, err := strconv.ParseInt(os.Getenv("FUEL_CENTS_PER_PCT"), 10, 64)
	if err != nil {
		return 120
	}
	return v
}

func requestLog(l *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			next.ServeHTTP(w, r)
			l.Info("request", "method", r.Method, "path", r.URL.Path, "took", time.Since(start))
		})
	}
}
