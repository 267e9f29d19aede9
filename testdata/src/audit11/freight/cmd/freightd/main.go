// Command freightd serves the freight invoicing API and runs its workers.
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
	"time"

	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"golang.org/x/sync/errgroup"
	"gorm.io/gorm"

	"audit11/freight/ckopay"
	"audit11/freight/httpapi"
	"audit11/freight/internal/retryx"
	"audit11/freight/mercado"
	"audit11/freight/ops"
	"audit11/freight/quickpay"
	"audit11/freight/store"
	"audit11/freight/stripepay"
	"audit11/freight/worker"
	"audit11/freight/xborder"
)

type pgDialect struct{ dsn string }

func (pgDialect) Name() string { return "postgres" }

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func main() {
	env := os.Getenv
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	dsn := env("DATABASE_URL")
	invoices := store.NewInvoices(must(pgxpool.New(ctx, dsn)))
	loads := store.NewLoads(must(sqlx.Connect("postgres", dsn)))
	ledger := store.NewLedger(must(gorm.Open(pgDialect{dsn: dsn})))
	claims := store.NewClaims(redis.NewClient(&redis.Options{Addr: env("REDIS_ADDR")}), 72*time.Hour)
	mc := must(mongo.Connect(ctx, options.Client().ApplyURI(env("MONGO_URI"))))

	sp := stripepay.New(env("STRIPE_SECRET_KEY"), env("PUBLIC_URL")+"/pay/stripe/return", stripepay.WithLogger(logger))
	cko := ckopay.New(&nas.Client{}, retryx.Default)
	mp := must(mercado.NewCollector(env("MP_ACCESS_TOKEN")))
	xb := xborder.NewGateway(env("XBORDER_URL"), env("XBORDER_PARTNER"), []byte(env("XBORDER_KEY")))
	qp := quickpay.New(env("QUICKPAY_URL"), env("QUICKPAY_KEY"))
	fuel := worker.NewFuelCards(env("FUEL_URL"), env("FUEL_KEY"))
	mailer := ops.NewMailer(env("SMTP_ADDR"), env("MAIL_FROM"), smtp.PlainAuth("", env("MAIL_FROM"), env("SMTP_PASSWORD"), env("SMTP_HOST")))
	sms := ops.NewDispatcher(env("SMS_URL"), env("SMS_TOKEN"))

	h := handlers{
		stripe:         httpapi.NewStripeHooks(invoices, ledger, env("STRIPE_WEBHOOK_SECRET"), env("STRIPE_ACH_WEBHOOK_SECRET"), logger),
		cko:            httpapi.NewCKOHooks([]byte(env("CKO_WEBHOOK_SECRET")), claims, invoices, mailer),
		xborder:        httpapi.NewXBorderNotify([]byte(env("XBORDER_KEY")), invoices),
		mp:             must(httpapi.NewMPHooks(env("MP_WEBHOOK_SECRET"), mp, invoices, ledger, logger)),
		payouts:        httpapi.NewPayoutHooks(loads, sms, logger),
		eld:            ops.NewTracker(env("ELD_URL"), mc.Database("freight").Collection("positions")),
		pages:          httpapi.NewPages(invoices, sp, cko, mp, xb, qp, template.Must(template.ParseGlob("templates/*.html")), logger),
		quickPaySecret: []byte(env("QUICKPAY_WEBHOOK_SECRET")),
	}

	settler := worker.NewSettler(loads, qp, logger)
	collector := worker.NewCollector(invoices, cko, sp, logger)
	transfers := worker.NewBankTransfers(loads, invoices, sp, logger)
	topups := worker.NewTopUps(loads, fuel, logger)

	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		srv := &http.Server{Addr: ":8080", Handler: h.router()}
		go func() { <-ctx.Done(); srv.Shutdown(context.Background()) }()
		return srv.ListenAndServe()
	})
	g.Go(func() error { return h.xborderApp().Listen(":8081") })
	g.Go(func() error { return every(ctx, 15*time.Minute, settler.RunOnce) })
	g.Go(func() error { return every(ctx, 5*time.Minute, transfers.Run) })
	g.Go(func() error { return every(ctx, 10*time.Minute, topups.RunOnce) })
	g.Go(func() error {
		return every(ctx, time.Hour, func(ctx context.Context) error { return collector.RunOverdue(ctx, loads) })
	})
	if err := g.Wait(); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}

// every runs job now and then at each interval until ctx ends.
func every(ctx context.Context, interval time.Duration, job func(context.Context) error) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := job(ctx); err != nil {
			slog.Warn("job failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
