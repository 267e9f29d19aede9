// Command billingd runs the utility billing backend: provider webhooks,
// the partner and customer sites, and the scheduled billing jobs.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"net/smtp"
	"os"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	"gorm.io/gorm"

	"audit11/utilities/cardpay"
	"audit11/utilities/ddebit"
	"audit11/utilities/kiosk"
	"audit11/utilities/meter"
	"audit11/utilities/platform"
	"audit11/utilities/portal"
	"audit11/utilities/store"
	"audit11/utilities/topup"
	"audit11/utilities/upi"
	"audit11/utilities/webhooks"
	"audit11/utilities/workers"
)

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func main() {
	ctx := context.Background()
	pool := must(pgxpool.New(ctx, os.Getenv("DATABASE_URL")))
	pg := store.New(pool)
	sqlxDB := must(sqlx.Connect("pgx", os.Getenv("DATABASE_URL")))
	gdb := must(gorm.Open(nil))
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

	msg := platform.NewMessenger(os.Getenv("SMTP_ADDR"), "billing@example-utility.com",
		smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), os.Getenv("SMTP_HOST")),
		os.Getenv("SMS_URL"), os.Getenv("SMS_KEY"))

	debits := must(ddebit.New(os.Getenv("GOCARDLESS_TOKEN"), ddebit.WithAttempts(4)))
	card := cardpay.New(os.Getenv("ADYEN_API_KEY"), os.Getenv("ADYEN_MERCHANT"), common.Environment(os.Getenv("ADYEN_ENV")))
	autopay := upi.NewAutopay(os.Getenv("RAZORPAY_KEY_ID"), os.Getenv("RAZORPAY_KEY_SECRET"), pg, pg)
	headEnd := meter.NewHeadEnd(os.Getenv("HEADEND_URL"))
	agg := topup.NewClient(os.Getenv("MOMO_URL"), os.Getenv("MOMO_API_KEY"), platform.Policy{Attempts: 3, Base: 2 * time.Second})
	topups := topup.NewService(agg, pg, headEnd, msg)

	// Provider webhooks and internal hooks (chi).
	gc := must(webhooks.NewGoCardless(os.Getenv("GOCARDLESS_WEBHOOK_SECRET"), pg, pg, pg, msg))
	rz := webhooks.NewRazorpay(os.Getenv("RAZORPAY_WEBHOOK_SECRET"), pool, pg)
	mm := &webhooks.MobileMoney{TopUps: topups, Refunds: pg} // want "\\[webhookack\\] webhook handler calls webhooks.TopUpFinisher.Finish .* bound here to topup.Service.Finish"
	tariffs := meter.NewTariffCache(rdb)
	outages := meter.NewOutages(pg, msg)

	r := chi.NewRouter()
	r.Route("/webhooks", func(wr chi.Router) {
		wr.Handle("/gocardless", gc)
		rz.Routes(wr)
	})
	r.Post("/hooks/mobile-money/collections", mm.CollectionCallback) // want "\\[webhookverify\\] payment webhook handler mm.CollectionCallback .* verifies no signature"
	r.With(platform.RequireHMAC("X-Momo-Signature", os.Getenv("MOMO_WEBHOOK_SECRET"))).
		Post("/hooks/mobile-money/refunds", mm.RefundCallback)
	r.Post("/internal/outages", outages.Hook)

	// Adyen notifications (gin).
	g := gin.New()
	g.POST("/webhooks/adyen", webhooks.NewAdyen(os.Getenv("ADYEN_HMAC_KEY"), pg).Notify)

	// Kiosk partner API (echo).
	e := echo.New()
	kiosk.NewHandler(sqlxDB, pg, pg, msg, os.Getenv("KIOSK_HMAC_SECRET")).Register(e)

	// Customer site (fiber) and top-up pages (gorilla).
	app := fiber.New()
	portal.NewBillPay(pg, card).Mount(app)
	tr := mux.NewRouter()
	portal.NewTopUpPages(agg, topups, pg).Routes(tr) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler portal.TopUpPages.Complete .* calls topup.Service.Deliver \\(topup.go:83\\) .* stores status \"SUCCESSFUL\" through store.Postgres.SetTopUpStatus"

	// Scheduled jobs.
	dunning := workers.NewDunning(gdb, debits, pg, msg)
	cardJobs := workers.NewCardAutopay(gdb, card)
	refunds := workers.NewRefunds(gdb, card, debits)
	c := cron.New()
	job := func(name string, fn func(context.Context) error) func() {
		return func() {
			ctx, cancel := context.WithTimeout(context.Background(), 50*time.Minute)
			defer cancel()
			if err := fn(ctx); err != nil {
				slog.Error("job failed", "job", name, "err", err)
			}
		}
	}
	must(c.AddFunc("0 5 * * *", job("collections", dunning.RunCollections)))
	must(c.AddFunc("0 6 * * *", job("late-fees", dunning.RunLateFees)))
	must(c.AddFunc("30 6 * * *", job("dunning", dunning.RunDunning)))
	must(c.AddFunc("0 7 * * *", job("card-autopay", func(ctx context.Context) error {
		return cardJobs.ChargeDue(ctx, time.Now())
	})))
	must(c.AddFunc("0 8 * * *", job("upi-autopay", func(ctx context.Context) error {
		return collectUPI(ctx, gdb, autopay)
	})))
	must(c.AddFunc("*/5 * * * *", job("upi-mandates", func(ctx context.Context) error {
		return activateMandates(ctx, gdb, autopay)
	})))
	must(c.AddFunc("*/10 * * * *", job("topup-reconcile", topups.ReconcilePending)))
	must(c.AddFunc("15 * * * *", job("refunds", refunds.Run)))
	c.Start()

	go tariffs.Watch(ctx)
	go outages.Run(ctx)
	go func() { log.Fatal(g.Run(":8081")) }()
	go func() { log.Fatal(e.Start(":8082")) }()
	go func() { log.Fatal(app.Listen(":8083")) }()
	go func() { log.Fatal(http.ListenAndServe(":8084", tr)) }()
	log.Fatal(http.ListenAndServe(":8080", r))
}

// collectUPI collects the UPI bills due today, one bill after the other.
func collectUPI(ctx context.Context, db *gorm.DB, autopay *upi.Autopay) error {
	var due []workers.BillRow
	if err := db.WithContext(ctx).Where("status = ? AND channel = ? AND due_date <= ?",
		"open", "upi", time.Now()).Find(&due).Error; err != nil {
		return err
	}
	for _, row := range due {
		var m upi.Mandate
		if err := db.WithContext(ctx).Table("upi_mandates").
			Where("account_id = ? AND status = ?", row.AccountID, "active").First(&m).Error; err != nil {
			continue
		}
		b := row.Bill()
		if err := autopay.CollectDue(ctx, &b, m); err != nil {
			slog.Warn("upi collection", "bill", b.ID, "err", err)
		}
	}
	return nil
}

// activateMandates activates mandates whose authorisation payment came through.
func activateMandates(ctx context.Context, db *gorm.DB, autopay *upi.Autopay) error {
	var pending []upi.Mandate
	if err := db.WithContext(ctx).Table("upi_mandates").Where("status = ?", "registered").
		Find(&pending).Error; err != nil {
		return err
	}
	for _, m := range pending {
		if err := autopay.Activate(ctx, m); err != nil {
			slog.Warn("mandate activation", "mandate", m.ID, "err", err)
		}
	}
	return nil
}
