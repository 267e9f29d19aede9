// Command wineclubd runs the wine club backend: the shop and payment
// pages, the provider webhooks, the gift shop, the billing scheduler and
// the job worker.
package main

import (
	"context"
	"database/sql"
	"log"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/gin-gonic/gin"
	"github.com/kataras/iris/v12"
	"github.com/redis/go-redis/v9"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"audit23/wineclub/billing"
	"audit23/wineclub/config"
	"audit23/wineclub/dd"
	"audit23/wineclub/jobs"
	"audit23/wineclub/molliepay"
	"audit23/wineclub/paylater"
	"audit23/wineclub/platform"
	"audit23/wineclub/store"
	"audit23/wineclub/stripepay"
	"audit23/wineclub/web"
)

func main() {
	cfg := config.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	sqldb, err := sql.Open("postgres", cfg.DatabaseURL)
	if err != nil {
		log.Fatal(err)
	}
	bdb := bun.NewDB(sqldb, pgdialect.New())
	gdb, err := gorm.Open(postgres.Open(cfg.DatabaseURL))
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})

	orders := store.NewOrders(bdb)
	members := store.NewMembers(gdb)
	ledger := store.NewBilling(sqldb)
	seen := store.NewDeliveries(rdb)

	mollie := molliepay.New(cfg.MollieAPIKey,
		molliepay.WithWebhookURL(cfg.PublicBaseURL+"/hooks/mollie"),
		molliepay.WithTestmode(cfg.GoCardlessEnv == "sandbox"),
	)
	gc, err := dd.New(cfg.GoCardlessToken, cfg.GoCardlessEnv)
	if err != nil {
		log.Fatal(err)
	}
	sp := stripepay.New(cfg.StripeKey, cfg.PublicBaseURL)
	pl := paylater.New(cfg.PayLaterBaseURL, cfg.PayLaterUsername, cfg.PayLaterPassword,
		paylater.WithHTTPClient(&http.Client{Timeout: 20 * time.Second}))
	books := platform.NewBooks(cfg.AccountingBaseURL, cfg.AccountingToken)

	bill := billing.New(ledger, members, mollie, gc, billing.WithBatch(cfg.WorkerBatch))
	dunning := billing.NewDunning(bill)
	cellar := billing.NewCellar(ledger)

	queue := jobs.New(sqldb, jobs.WithPoll(cfg.WorkerPoll), jobs.WithBatch(cfg.WorkerBatch))
	(&jobs.Handlers{
		Fees: ledger, Members: members, Orders: orders, Stripe: sp, PayLater: pl,
		Dunning: dunning, WMS: cfg.WMSBaseURL, HTTP: &http.Client{Timeout: 10 * time.Second},
	}).Install(queue)

	// Shop, payment pages and most webhooks (gin).
	r := gin.New()
	web.NewShop(orders, sp, pl, cellar, loadPrices()).Routes(r)
	hooks := r.Group("/hooks")
	hooks.POST("/stripe", web.VerifyStripe(cfg.StripeWebhookSecret), web.NewStripeHooks(orders, cellar, seen, books).Handle) // audit: lookalike webhookverify: the route's own middleware checks Stripe-Signature with ConstructEvent and aborts before the handler runs
	hooks.POST("/gocardless", dd.NewHooks(cfg.GoCardlessWebhookSecret, sqldb, queue).Handle)
	hooks.POST("/paylater", (&paylater.Notifications{Orders: orders}).Handle) // want "\\[webhookverify\\] payment webhook handler Notifications\\.Handle \\(package audit23/wineclub/paylater\\) mounted on POST /hooks/paylater verifies no signature"

	// Mollie webhooks (hertz), on their own port.
	hz := server.Default()
	mh := web.NewMollieHooks(mollie, sqldb, members, cfg.MollieWebhookSecret)
	hz.POST("/hooks/mollie", mh.Payment)
	hz.POST("/hooks/mollie/gifts", mh.Gift)

	// Gift shop (iris).
	gifts := iris.New()
	web.NewGiftPages(members, mollie, billing.NewGifts(gdb), cfg.PublicBaseURL).Mount(gifts) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler web.GiftPages.Return \\(/gifts/\\{id\\}/return\\), which calls web.Issuer.Issue \\(gifts.go:70\\)"
	web.NewReturns(ledger).Mount(gifts)

	go schedule(ctx, cfg.BillingInterval, bill.Run)
	go func() {
		if err := queue.Run(ctx); err != nil {
			slog.Error("queue", "err", err)
		}
	}()
	go hz.Spin()
	go func() { _ = gifts.Listen(cfg.AdminAddr) }()

	srv := &http.Server{Addr: cfg.HTTPAddr, Handler: r}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}

// schedule runs fn every interval until ctx ends.
func schedule(ctx context.Context, every time.Duration, fn func(context.Context) error) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := fn(ctx); err != nil {
			slog.Error("scheduled run", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func loadPrices() map[string]string {
	return map[string]string{
		"RIOJA-RES-2018":  "price_1PRioja",
		"CHABLIS-1ER-21":  "price_1PChablis",
		"PORT-LBV-2017":   "price_1PPort",
		"CELLAR-QUARTER":  "price_1PCellar",
		"GIFT-4-QUARTERS": "price_1PGift",
	}
}
