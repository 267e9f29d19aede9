// Command storaged runs the Box & Lock backend: the public site and portal,
// the foyer kiosks, the legacy Secure Self Store sites, the providers'
// webhooks and the billing schedule.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"net/smtp"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/labstack/echo/v4"
	"github.com/robfig/cron/v3"
	stripe "github.com/stripe/stripe-go/v82"

	"audit21/storage/aupay"
	"audit21/storage/billing"
	"audit21/storage/db"
	"audit21/storage/directdebit"
	"audit21/storage/gate"
	"audit21/storage/kiosk"
	"audit21/storage/legacy"
	"audit21/storage/platform"
	"audit21/storage/store"
	"audit21/storage/web"
	"audit21/storage/worker"
)

func main() {
	cfg := platform.Load()
	logger := platform.Logger(cfg.Region)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("pgx: %v", err)
	}
	sqlDB, err := sql.Open("pgx", cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("sql: %v", err)
	}
	q := db.New(pool)
	st := store.New(sqlDB)

	stripe.Key = cfg.StripeKey
	bill := billing.New(q, st, cfg.StripeKey, cfg.PublicURL, billing.WithLogger(logger))

	dd, err := directdebit.New(cfg, st, logger)
	if err != nil {
		log.Fatalf("gocardless: %v", err)
	}
	au := aupay.NewClient(cfg.AUPayBaseURL, cfg.AUPayAPIKey, aupay.WithTimeout(cfg.AUPayTimeout), aupay.WithLogger(logger))
	gates := gate.New(cfg.GateBaseURL, cfg.GateToken)

	jobs := platform.NewRunner(logger, platform.WithWorkers(8))
	jobs.Start(ctx)

	srv := web.New(web.Deps{
		Queries: q, Store: st, Billing: bill, Gate: gates, AUPay: au, Log: logger,
		StripeSecret: cfg.StripeWebhookSecret,
		AUSecret:     cfg.AUPayHookSecret,
		RentPrice:    os.Getenv("STRIPE_PRICE_RENT"),
		DepositPrice: os.Getenv("STRIPE_PRICE_DEPOSIT"),
	})
	syncGate := func(ctx context.Context, rentalID int64) error {
		r, err := q.GetRental(ctx, rentalID)
		if err != nil {
			return err
		}
		return gates.SyncTenant(ctx, gate.Profile{RentalID: r.ID, Site: r.SiteCode, Unit: r.UnitID, Enabled: r.Status == "active"})
	}

	ukHooks, err := directdebit.NewUKHandler(cfg.GoCardlessWebhookKey, st, jobs, syncGate)
	if err != nil {
		log.Fatalf("gocardless webhooks: %v", err)
	}
	becsHooks := &directdebit.BECSHooks{Secret: cfg.GoCardlessBECSHookKey, Store: st, Log: logger}

	bt := braintree.New(braintree.NewEnvironment("https://api.braintreegateway.com:443"),
		cfg.BraintreeMerchant, cfg.BraintreePublic, cfg.BraintreePrivate)
	legacySite := legacy.New(bt, st, logger) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler legacy\\.Site\\.returned \\(/legacy/pay/return\\), which calls legacy\\.Activator\\.Activate \\(legacy\\.go:83\\) without reading the payment's status from the provider"
	legacyMux := http.NewServeMux()
	legacySite.Routes(legacyMux)

	r := chi.NewRouter()
	srv.Routes(r)
	r.Handle("/hooks/gocardless", ukHooks)
	r.Handle("/hooks/gocardless-au", becsHooks)
	r.Handle("/legacy/*", legacyMux)

	k := kiosk.New(kiosk.Config{
		APIKey: cfg.AdyenAPIKey, Merchant: cfg.AdyenMerchant, HMACKey: cfg.AdyenHMACKey,
		Environment: cfg.AdyenEnvironment, QRLifetime: 90 * time.Second,
	}, q, st, jobs, logger)
	k.OnPaid = func(ctx context.Context, rentalID int64) {
		if err := syncGate(ctx, rentalID); err != nil {
			logger.Error("kiosk gate sync", "rental", rentalID, "err", err)
		}
	}
	e := echo.New()
	k.Register(e)

	notices := worker.NewNotices(os.Getenv("SMTP_ADDR"), smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), os.Getenv("SMTP_HOST")),
		"accounts@boxandlock.co.uk", worker.NewAuctions(os.Getenv("AUCTION_BASE_URL"), os.Getenv("AUCTION_TOKEN")))
	w := worker.New(cfg, st, q, bill, dd, au, gates, jobs, notices, logger)
	c := cron.New()
	if err := w.Schedule(c); err != nil {
		log.Fatalf("schedule: %v", err)
	}
	c.Start()
	defer c.Stop()

	go func() {
		if err := e.Start(cfg.KioskAddr); err != nil {
			logger.Error("kiosk server", "err", err)
		}
	}()
	hs := &http.Server{Addr: cfg.HTTPAddr, Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		_ = hs.Shutdown(shutdown)
	}()
	logger.Info("storaged listening", "addr", cfg.HTTPAddr)
	if err := hs.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatalf("http: %v", err)
	}
	jobs.Wait()
}
