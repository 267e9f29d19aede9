// Command escrowd runs the escrow marketplace backend.
package main

import (
	"context"
	"html/template"
	"log"
	"log/slog"
	"net/http"
	"net/smtp"
	"os"
	"os/signal"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/plutov/paypal/v4"
	"github.com/redis/go-redis/v9"
	"github.com/stripe/stripe-go/v82"
	"gorm.io/gorm"

	"audit10/escrow/disputes"
	"audit10/escrow/domain"
	"audit10/escrow/localbank"
	"audit10/escrow/paypalfund"
	"audit10/escrow/release"
	"audit10/escrow/signing"
	"audit10/escrow/store"
	"audit10/escrow/stripefund"
	"audit10/escrow/web"
	"audit10/escrow/webhooks"
	"audit10/escrow/workspace"
)

type pgDialect struct{ dsn string }

func (pgDialect) Name() string { return "postgres" }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	cfg := FromEnv()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	stripe.Key = cfg.StripeKey

	db, err := sqlx.Connect("postgres", cfg.PostgresDSN)
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, cfg.PostgresDSN)
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(pgDialect{dsn: cfg.PostgresDSN})
	if err != nil {
		log.Fatal(err)
	}
	cache := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})

	milestones := store.NewMilestones(db)
	events := store.NewEvents(pool)
	ledger := store.NewLedger(pool)
	outbox := store.NewOutbox(pool)

	pp, err := paypal.NewClient(cfg.PayPalClientID, cfg.PayPalSecret, paypal.APIBaseSandBox)
	if err != nil {
		log.Fatal(err)
	}
	bank := localbank.NewClient(cfg.BankBaseURL, cfg.BankAPIKey)

	funding := stripefund.New(cfg.PublicBaseURL+"/milestones/return", stripefund.WithAttempts(4))
	orders := paypalfund.NewOrders(pp, "Lancely", logger)
	paypalRail := paypalfund.NewPayoutRail(pp)
	rails := map[domain.Rail]domain.PayoutRail{
		domain.RailStripeConnect: stripefund.NewConnectRail("usd"),
		domain.RailPayPal:        paypalRail, // want "\\[idempotency\\] release.Worker calls domain.PayoutRail.Release \\(worker.go:116\\), retried by retry.Value \\(line 115\\), bound here to paypalfund.PayoutRail.Release .* which makes a new idempotency key on every call"
		domain.RailLocalBank:     localbank.NewRail(bank, "HR1210010051863000160", logger),
	}

	contracts := workspace.NewContracts(gdb, cfg.ESignToken)
	mailer := workspace.NewMailer(cfg.SMTPAddr, "escrow@lancely.example", smtp.PlainAuth("", "escrow", os.Getenv("SMTP_PASSWORD"), "smtp.lancely.example"),
		func(ctx context.Context, userID string) (string, error) {
			return userID + "@users.lancely.example", nil
		})
	_ = workspace.NewTimeSync(os.Getenv("TIMER_RELAY"), cache)

	tmpl := template.Must(template.ParseGlob("templates/*.html"))
	pages := web.NewPages(milestones, orders, pp, contracts, tmpl, logger)

	stripeHooks := webhooks.NewStripeHooks(cfg.StripeWebhookSecret, milestones, events, mailer, logger) // want "\\[webhookack\\] webhook handler calls domain.Notifier.FundingConfirmed \\(stripe.go:66, in webhooks.StripeHooks.ServeHTTP\\), bound here to workspace.Mailer.FundingConfirmed"
	connectHooks := webhooks.NewConnectHooks(cfg.StripeConnectSecret, milestones)
	paypalHooks := webhooks.NewPayPalHooks(pp, cfg.PayPalWebhookID, milestones, ledger)
	bankHooks, err := webhooks.NewBankHooks(cfg.BankWebhookSecret, milestones, ledger, outbox)
	if err != nil {
		log.Fatal(err)
	}
	disputeEvents := disputes.New(milestones, ledger) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(disputes.Events.Refunded calls domain.Ledger.Append \\(events.go:66\\)"

	r := chi.NewRouter()
	pages.Routes(r)
	contracts.Routes(r)
	r.With(signing.StripeMiddleware(cfg.StripeWebhookSecret)).Post("/hooks/stripe/disputes", disputeEvents.Disputed)
	r.Post("/hooks/stripe/refunds", disputeEvents.Refunded) // want "\\[webhookverify\\] payment webhook handler disputeEvents.Refunded \\(package audit10/escrow/disputes\\) mounted on POST /hooks/stripe/refunds verifies no signature"

	mux := http.NewServeMux()
	mux.Handle("POST /webhooks/stripe", stripeHooks)
	mux.HandleFunc("POST /webhooks/stripe-connect", connectHooks.Handle)
	mux.Handle("/", r)

	g := gin.New()
	g.POST("/paypal/webhook", paypalHooks.Handle)

	e := echo.New()
	e.POST("/bank/notify", bankHooks.Notify)

	worker := release.NewWorker(milestones, funding, rails, mailer, logger,
		release.WithBatchWaiter(paypalRail))
	go func() {
		if err := worker.Run(ctx); err != nil && ctx.Err() == nil {
			logger.Error("release worker stopped", "err", err)
		}
	}()

	go func() { log.Fatal(g.Run(":8081")) }()
	go func() { log.Fatal(e.Start(":8082")) }()
	srv := &http.Server{Addr: ":8080", Handler: mux}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
