// Command homeservicesd runs the marketplace backend: customer pages,
// provider webhooks, the job queue and the payout crons.
package main

import (
	"context"
	"html/template"
	"log"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/go-chi/chi/v5"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	squareclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
	"github.com/stripe/stripe-go/v82"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"audit24/homeservices/billing"
	"audit24/homeservices/config"
	"audit24/homeservices/hooks"
	"audit24/homeservices/paylater"
	"audit24/homeservices/payouts"
	"audit24/homeservices/platform"
	"audit24/homeservices/store"
	"audit24/homeservices/web"
)

type proDirectory struct{ payouts *store.Payouts }

func (d proDirectory) ProEmail(ctx context.Context, proID string) (string, error) {
	p, err := d.payouts.Pro(ctx, proID)
	return p.Email, err
}

func main() {
	cfg := config.Load()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	stripe.Key = cfg.StripeKey

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	gdb, err := gorm.Open(postgres.Open(cfg.DatabaseURL))
	if err != nil {
		log.Fatalf("gorm: %v", err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	queue := asynq.NewClient(asynq.RedisClientOpt{Addr: cfg.RedisAddr})

	bookings := store.NewBookings(pool)
	payoutStore := store.NewPayouts(gdb)
	jobs := store.NewJobs(pool)
	mailer := &platform.Mailer{Addr: os.Getenv("SMTP_ADDR"), From: "jobs@homeservices.example"}

	deposits := billing.NewDeposits(bookings, cfg.DepositPercent, cfg.BaseURL, logger)
	bt := braintree.New(braintree.NewEnvironment(cfg.BraintreeEnv), cfg.BraintreeMerchantID, cfg.BraintreePublicKey, cfg.BraintreePrivateKey)
	legacy := billing.NewLegacy(bt, logger)
	sq := billing.NewSquare(squareclient.NewClient(option.WithToken(cfg.SquareToken)), os.Getenv("SQUARE_LOCATION_ID"), logger)

	plClient := paylater.New(cfg.PayLaterBaseURL, cfg.PayLaterMerchant, cfg.PayLaterSecret)
	flow := paylater.NewFlow(plClient, bookings, cfg.BaseURL, logger)

	hs := web.HookSet{
		Stripe:          hooks.NewStripe(bookings, cfg.StripeWebhookSecret, logger),
		Connect:         hooks.NewConnect(bookings, cfg.StripeConnectSecret),
		Disputes:        hooks.NewDisputes(bookings, proDirectory{payoutStore}, mailer, cfg.StripeDisputeSecret),
		Square:          hooks.NewSquare(bookings, store.NewSeen(rdb), queue, logger),
		PayLater:        hooks.NewPayLater(bookings, cfg.PayLaterHookKey, logger),
		SquareKey:       cfg.SquareWebhookKey,
		SquareNotifyURL: cfg.SquareNotifyURL,
	}

	tmpl := template.Must(template.ParseGlob("templates/*.html"))
	r := chi.NewRouter()
	web.NewApp(bookings, flow, tmpl, logger).Mount(r)
	web.Routes(r, hs)
	web.NewPro(bookings, sq, logger).Mount(r)

	// Workers.
	captures := &payouts.Worker[payouts.CaptureArgs]{
		Kind: "balance.capture", Queue: jobs, MaxAttempts: 8, Idle: 5 * time.Second, Log: logger,
		Handle: func(ctx context.Context, a payouts.CaptureArgs) error {
			b, err := bookings.Get(ctx, a.BookingID)
			if err != nil {
				return err
			}
			switch b.Provider {
			case "braintree":
				if err := legacy.Settle(ctx, b.ProviderRef, a.FinalCents); err != nil {
					return err
				}
				if err := legacy.WaitSettled(ctx, b.ProviderRef); err != nil {
					return err
				}
				return bookings.MarkPaid(ctx, b.ID)
			case "paylater":
				return flow.Finish(ctx, b.ID, b.ProviderRef)
			default:
				return deposits.Settle(ctx, a.BookingID, a.FinalCents)
			}
		},
	}
	go captures.Run(ctx)
	go payouts.NewWeekly(payoutStore, cfg.PayoutDay, logger).Run(ctx)

	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: cfg.RedisAddr}, asynq.Config{Concurrency: 4, Queues: map[string]int{"payouts": 3, "default": 1}})
	mux := asynq.NewServeMux()
	payouts.NewTasks(logger).Register(mux)
	go func() {
		if err := srv.Run(mux); err != nil {
			logger.Error("asynq", "err", err)
		}
	}()

	sweeper := payouts.NewSweeper(bookings, logger)
	go func() {
		for range time.Tick(10 * time.Minute) {
			if err := sweeper.Run(context.Background()); err != nil { // want "\\[pollbound\\] payouts\\.Sweeper\\.Run polls payment b\\.ProviderRef \\(sweep\\.go:50, through payouts\\.Sweeper\\.follow\\) until the context it is handed ends"
				logger.Error("capture sweep", "err", err)
			}
		}
	}()

	go func() {
		if err := web.Partners(hs).Start(cfg.HooksAddr); err != nil {
			logger.Error("partners server", "err", err)
		}
	}()

	server := &http.Server{Addr: cfg.HTTPAddr, Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = server.Shutdown(shutdown)
	}()
	if err := server.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
