// Command airlined runs the booking backend: the public API, return pages,
// provider notifications, the asynq workers and the sweeper.
package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"github.com/stripe/stripe-go/v82"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"audit23/airline/adyenpay"
	"audit23/airline/config"
	"audit23/airline/gds"
	"audit23/airline/jobs"
	"audit23/airline/latam"
	"audit23/airline/paypal"
	"audit23/airline/platform"
	"audit23/airline/refunds"
	"audit23/airline/store"
	"audit23/airline/web"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	slog.SetDefault(log)
	if err := run(log); err != nil {
		log.Error("airlined stopped", "err", err)
		os.Exit(1)
	}
}

func run(log *slog.Logger) error {
	cfg := config.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := gorm.Open(postgres.Open(cfg.DatabaseURL), &gorm.Config{})
	if err != nil {
		return err
	}
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	queue := asynq.NewClient(asynq.RedisClientOpt{Addr: cfg.RedisAddr})
	stripe.Key = cfg.StripeKey

	bookings := store.NewBookings(db)
	ancillaries := store.NewAncillaries(db)
	holds := store.NewHolds(rdb, cfg.HoldTTL)
	ledger := store.NewLedger(pool)
	commissions := store.NewCommissions(pool)

	adyen := adyenpay.New(cfg.AdyenAPIKey, cfg.AdyenMerchant, cfg.AdyenEnvironment, cfg.ReturnBaseURL,
		adyenpay.WithLogger(log.With("provider", "adyen")))
	pp := paypal.New(cfg.PayPalBaseURL, cfg.PayPalClientID, cfg.PayPalSecret,
		paypal.WithWebhookID(cfg.PayPalWebhookID), paypal.WithRetries(4))
	mp, err := latam.NewMercadoPago(cfg.MercadoPagoToken, cfg.ReturnBaseURL+"/hooks/mercadopago", cfg.ReturnBaseURL, cfg.InstallmentsMaxBRL)
	if err != nil {
		return err
	}
	pixClient := latam.NewPixClient(cfg.PixBaseURL, cfg.PixKey, &http.Client{Timeout: 15 * time.Second},
		func(context.Context) (string, error) { return os.Getenv("PIX_ACCESS_TOKEN"), nil })
	pix := &latam.PixCheckout{
		Pix:    pixClient,
		Expiry: 30 * time.Minute,
		Show: func(ctx context.Context, pnr string, cob *latam.Cob) error {
			return bookings.SetProviderRef(ctx, pnr, "pix", cob.TxID)
		},
	}
	ticketing := gds.New(cfg.GDSBaseURL)
	mailer := &jobs.Mailer{URL: cfg.MailerURL, HC: &http.Client{Timeout: 10 * time.Second}}
	refundSvc := refunds.NewService(bookings, store.NewRefunds(db), adyen, log.With("svc", "refunds"))

	api := &web.BookingAPI{
		Bookings: bookings, Ancillaries: ancillaries, Holds: holds,
		Adyen: adyen, PayPal: pp, MP: mp, Pix: pix, Queue: queue,
		HoldTTL: cfg.HoldTTL, PublicURL: cfg.ReturnBaseURL, Log: log,
	}
	kiosk := &web.KioskAPI{BookingAPI: api, Devices: &web.KioskGateway{Base: os.Getenv("KIOSK_GATEWAY_URL"), HC: &http.Client{Timeout: 20 * time.Second}}, Mail: mailer.Send}
	e := echo.New()
	api.Register(e)
	kiosk.Register(e)

	hooks := &web.Hooks{
		Bookings: bookings, Ledger: ledger, Commissions: commissions, Deliveries: holds,
		Adyen: adyenpay.NewNotifications(cfg.AdyenHMACKey), PayPal: pp, GDS: ticketing,
		MP: mp, MPSecret: cfg.MercadoPagoSecret, Queue: queue, Log: log.With("in", "hooks"),
	}
	returns := &web.Returns{Payments: bookings, Ancillaries: ancillaries, MP: mp, Queue: queue, Log: log}

	r := chi.NewRouter()
	hooks.Mount(r)
	r.With(platform.HMACGuard(cfg.PixWebhookSecret)).Post("/hooks/pix", hooks.Pix)
	returns.MountPayPal(r)

	mux := http.NewServeMux()
	mux.Handle("/api/", e)
	mux.Handle("/booking/", e)
	mux.Handle("/ancillaries/", e)
	mux.Handle("/hooks/", r)
	mux.Handle("/pay/", r)
	returns.MercadoPagoBack(mux)

	workers := &jobs.Workers{
		Bookings: bookings, Commissions: commissions, GDS: ticketing, PayPal: pp, MP: mp,
		Mailer: mailer, PayoutURL: cfg.PayoutBaseURL, PayoutToken: cfg.PayoutToken,
		HTTP: &http.Client{Timeout: 30 * time.Second}, Log: log.With("in", "workers"),
	}
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: cfg.RedisAddr}, asynq.Config{
		Concurrency: 10,
		Queues:      map[string]int{"payments": 6, "payouts": 2, "default": 2},
	})
	go func() {
		if err := srv.Run(workers.Mux()); err != nil {
			log.Error("asynq", "err", err)
			stop()
		}
	}()

	sweeper := &jobs.Sweeper{
		Bookings: bookings, Holds: holds, Refunds: refundSvc, MP: mp,
		Every: cfg.SweepEvery, Log: log.With("in", "sweeper"),
	}
	go func() { _ = sweeper.Run(ctx) }()

	hs := &http.Server{Addr: cfg.ListenAddr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()
	log.Info("listening", "addr", cfg.ListenAddr)
	if err := hs.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		return err
	}
	return nil
}
