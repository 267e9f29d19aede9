// Command rentald runs the rent platform: the webhook and API server, the
// tenant portal, the back office and the scheduled workers.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	stripe "github.com/stripe/stripe-go/v82"
	"gorm.io/gorm"

	"audit9/rentals/achpay"
	"audit9/rentals/cardpay"
	"audit9/rentals/deposits"
	"audit9/rentals/gcdebit"
	"audit9/rentals/latefees"
	"audit9/rentals/ledger"
	"audit9/rentals/owners"
	"audit9/rentals/payouts"
	"audit9/rentals/portal"
	"audit9/rentals/tenantops"
	"audit9/rentals/vendors"
	"audit9/rentals/webhooks"
)

type postgres struct{ dsn string }

func (postgres) Name() string { return "postgres" }

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		log.Fatalf("%s is required", k)
	}
	return v
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	logger := slog.Default()
	dsn := mustEnv("DATABASE_URL")

	db, err := sqlx.Connect("pgx", dsn)
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(postgres{dsn: dsn})
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: mustEnv("REDIS_ADDR")})

	stripe.Key = mustEnv("STRIPE_SECRET_KEY")
	gcCfg, err := gocardless.NewConfig(mustEnv("GOCARDLESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	bt := braintree.New(braintree.Sandbox, mustEnv("BT_MERCHANT_ID"), mustEnv("BT_PUBLIC_KEY"), mustEnv("BT_PRIVATE_KEY"))
	fundline := payouts.New(mustEnv("FUNDLINE_URL"), mustEnv("FUNDLINE_API_KEY"), payouts.WithMaxRetries(5))

	store := ledger.NewStore(db)
	mailer := tenantops.NewMailer(mustEnv("SMTP_ADDR"), os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), os.Getenv("SMTP_HOST"), "rent@example.com")
	gcs := gcdebit.New(gc, store, logger)
	ach := achpay.New(store, logger)
	cards := cardpay.New(bt)
	depositStore := deposits.NewStore(pool)
	depositSvc := deposits.NewService(depositStore, bt)
	ownerPayouts := owners.NewWorker(store, fundline, logger)
	fees := latefees.NewWorker(gdb, store, gcs, mailer, logger, latefees.WithFee(5, 2500))
	vendorSvc := vendors.NewService(db, mustEnv("FUNDLINE_URL"), mustEnv("FUNDLINE_API_KEY"), mustEnv("FUNDLINE_TRUST_ACCOUNT"), logger)
	tickets := tenantops.NewTickets(db)

	// Webhooks and API.
	r := chi.NewRouter()
	r.Method(http.MethodPost, "/webhooks/stripe", webhooks.NewStripe(store, mailer, mustEnv("STRIPE_WEBHOOK_SECRET"), logger)) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(webhooks.Stripe.ServeHTTP calls webhooks.Charges.PostEntry \\(stripe.go:57\\), bound here to ledger.Store.PostEntry"
	r.Method(http.MethodPost, "/webhooks/braintree", webhooks.NewBraintree(bt, store, mailer, logger,
		webhooks.AcceptUnsigned(os.Getenv("BT_WEBHOOK_TESTER") == "1")))
	r.Method(http.MethodPost, "/webhooks/fundline", webhooks.NewFundline(store, rdb, os.Getenv("FUNDLINE_WEBHOOK_SECRET"), logger)) // want "\\[webhookverify\\] payment webhook webhooks.Fundline.ServeHTTP skips signature verification when the secret is empty \\(fails open\\) before webhooks.Charges.MarkTransferCompleted \\(fundline.go:64\\), bound here to ledger.Store.MarkTransferCompleted"
	gch := webhooks.NewGoCardless(store, ownerPayouts, logger)                                                                      // want "\\[webhookack\\] webhook handler calls webhooks.OwnerPayouts.PayOwner \\(gocardless.go:94, in webhooks.GoCardless.Payments\\), bound here to owners.Worker.PayOwner, which calls the payment provider \\(owners.Transfers.CreateTransfer \\(POST /v2/transfers\\)\\) before answering"
	r.Group(func(r chi.Router) {
		r.Use(webhooks.VerifyGoCardless(mustEnv("GOCARDLESS_WEBHOOK_SECRET")))
		r.Post("/webhooks/gocardless/mandates", gch.Mandates)
	})
	r.Post("/webhooks/gocardless/payments", gch.Payments) // want "\\[webhookverify\\] payment webhook handler gch.Payments \\(package audit9/rentals/webhooks\\) mounted on POST /webhooks/gocardless/payments verifies no signature"
	r.Post("/webhooks/esign", tenantops.NewESign(db, mailer, mustEnv("ESIGN_WEBHOOK_SECRET")).Handle)
	r.Post("/api/charges/{id}/card", cardPayment(store, cards, logger))

	// Tenant portal.
	engine := gin.New()
	portal.New(store, ach, gcdebit.NewMandates(mustEnv("GOCARDLESS_URL"), mustEnv("GOCARDLESS_TOKEN"), db), depositStore, logger).Routes(engine)

	// Back office.
	invoiceQueue := make(chan string, 64)
	e := echo.New()
	admin := e.Group("/admin", requireStaff)
	vendors.NewHandlers(vendorSvc, func(ctx context.Context, id string) error {
		select {
		case invoiceQueue <- id:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}).Register(admin)
	admin.POST("/leases/:id/move-out", func(c echo.Context) error {
		if err := depositSvc.MoveOut(c.Request().Context(), c.Param("id")); err != nil {
			return err
		}
		return c.NoContent(http.StatusNoContent)
	})
	admin.POST("/leases/:id/move-in", func(c echo.Context) error {
		ctx := c.Request().Context()
		lease, err := store.Lease(ctx, c.Param("id"))
		if err != nil {
			return echo.NewHTTPError(http.StatusNotFound)
		}
		charge, err := store.Charge(ctx, c.FormValue("charge"))
		if err != nil {
			return echo.NewHTTPError(http.StatusNotFound)
		}
		p, err := gcs.CollectMoveIn(ctx, lease, charge)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"payment": p.Id, "status": p.Status})
	})
	admin.POST("/charges/:id/refresh", func(c echo.Context) error {
		return gcs.Refresh(c.Request().Context(), c.Param("id"))
	})
	admin.POST("/charges/:id/hold-keys", func(c echo.Context) error {
		ch, err := store.Charge(c.Request().Context(), c.Param("id"))
		if err != nil {
			return echo.NewHTTPError(http.StatusNotFound)
		}
		go func() {
			wctx, cancel := context.WithTimeout(context.Background(), 5*24*time.Hour)
			defer cancel()
			if err := gcs.WaitConfirmed(wctx, ch.ProviderRef); err != nil {
				logger.Warn("keys stay held", "charge", ch.ID, "err", err)
				return
			}
			logger.Info("rent confirmed, keys can be released", "charge", ch.ID)
		}()
		return c.NoContent(http.StatusAccepted)
	})

	// Workers.
	go func() {
		for id := range invoiceQueue {
			if err := vendorSvc.PayInvoice(ctx, id); err != nil {
				logger.Error("vendor invoice", "invoice", id, "err", err)
			}
		}
	}()
	c := cron.New()
	c.AddFunc("0 2 * * *", func() {
		if err := fees.RunOnce(ctx, time.Now()); err != nil {
			logger.Error("late fees", "err", err)
		}
	})
	c.AddFunc("*/30 * * * *", func() {
		if err := ownerPayouts.RunOnce(ctx); err != nil {
			logger.Error("disbursements", "err", err)
		}
	})
	c.AddFunc("0 6 1 * *", func() { rentRun(ctx, db, gcs, ach, logger) })
	c.AddFunc("0 8 * * 1", func() { _ = tickets.NotifyOpen(ctx, mailer) })
	c.Start()

	go func() { _ = e.Start(":8082") }()
	go func() { _ = engine.Run(":8081") }()
	srv := &http.Server{Addr: ":8080", Handler: r}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}

func requireStaff(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("X-Staff-Token") == "" {
			return echo.NewHTTPError(http.StatusUnauthorized)
		}
		return next(c)
	}
}

type dueCharge struct {
	ledger.Charge
	MandateID     string `db:"mandate_id"`
	Customer      string `db:"stripe_customer"`
	PaymentMethod string `db:"stripe_payment_method"`
}

// rentRun submits this month's rent of every autopay lease: Direct Debit
// where the tenant has a mandate, ACH otherwise.
func rentRun(ctx context.Context, db *sqlx.DB, gcs *gcdebit.Service, ach *achpay.Service, logger *slog.Logger) {
	var due []dueCharge
	if err := db.SelectContext(ctx, &due, `
		SELECT c.*, l.mandate_id, t.stripe_customer, t.stripe_payment_method
		FROM charges c JOIN leases l ON l.id = c.lease_id JOIN tenants t ON t.id = l.tenant_id
		WHERE c.kind = 'rent' AND c.status = 'open' AND l.autopay`); err != nil {
		logger.Error("rent run", "err", err)
		return
	}
	for i := range due {
		d := &due[i]
		var err error
		if d.MandateID != "" {
			_, err = gcs.Collect(ctx, &ledger.Lease{ID: d.LeaseID, MandateID: d.MandateID}, &d.Charge)
		} else {
			_, err = ach.StartRentDebit(ctx, &d.Charge, d.Customer, d.PaymentMethod) // want "\\[idempotency\\] achpay.Service.StartRentDebit \\(stripe paymentintent.New\\) is retried by a cron job that re-selects pending rows"
		}
		if err != nil {
			logger.Error("rent run", "charge", d.ID, "err", err)
		}
	}
}

func cardPayment(store *ledger.Store, cards *cardpay.Gateway, logger *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		c, err := store.Charge(ctx, chi.URLParam(r, "id"))
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		if c.Status == ledger.ChargePaid {
			http.Error(w, "already paid", http.StatusConflict)
			return
		}
		tx, err := cards.ChargeCard(ctx, c, r.FormValue("nonce"))
		if err != nil {
			http.Error(w, "card declined", http.StatusPaymentRequired)
			return
		}
		if err := store.SetProviderRef(ctx, c.ID, tx.Id); err != nil {
			logger.Error("provider ref", "charge", c.ID, "err", err)
		}
		if err := cards.WaitSettling(ctx, tx.Id); err != nil {
			http.Error(w, "card declined", http.StatusPaymentRequired)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
}
