// Command creatorsd runs the creator membership backend: the fan API
// (gin), the webhook listener (chi), the live tipping service (hertz)
// and the background worker.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"
	"github.com/RichardKnop/machinery/v1"
	mconfig "github.com/RichardKnop/machinery/v1/config"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/plutov/paypal/v4"
	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"audit20/creators/api"
	"audit20/creators/billing"
	"audit20/creators/config"
	"audit20/creators/hooks"
	"audit20/creators/lemon"
	"audit20/creators/live"
	"audit20/creators/notify"
	"audit20/creators/payouts"
	"audit20/creators/platform"
	"audit20/creators/store"
	"audit20/creators/worker"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		log.Fatal(err)
	}
	logger := platform.Logger("creatorsd")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatal(err)
	}
	sqldb, err := sql.Open("pgx", cfg.DatabaseURL)
	if err != nil {
		log.Fatal(err)
	}
	ledgerDB := bun.NewDB(sqldb, pgdialect.New())
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.MongoURI))
	if err != nil {
		log.Fatal(err)
	}
	mdb := mc.Database("creators")
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})

	members := store.NewMemberships(pool)
	purchases := store.NewPurchases(pool)
	earnings := store.NewEarnings(pool)
	ledger := store.NewLedger(ledgerDB)
	tips := store.NewTips(mdb)
	receipts := store.NewReceipts(mdb)
	dedupe := store.NewDedupe(rdb, 72*time.Hour)

	sc := stripe.NewClient(cfg.StripeKey)
	pp, err := paypal.NewClient(cfg.PayPalClientID, cfg.PayPalSecret, cfg.PayPalBase)
	if err != nil {
		log.Fatal(err)
	}
	newPaddle := paddle.New
	if cfg.PaddleSandbox {
		newPaddle = paddle.NewSandbox
	}
	pd, err := newPaddle(cfg.PaddleKey)
	if err != nil {
		log.Fatal(err)
	}
	eth, err := ethclient.Dial(cfg.EthRPC)
	if err != nil {
		log.Fatal(err)
	}
	lemonClient := lemon.New(cfg.LemonAPIKey, cfg.LemonStoreID, lemon.WithLogger(logger))
	mailer := notify.NewMailer(cfg.SMTPAddr, cfg.MailFrom)
	fanout := notify.NewFanout(cfg.SvixToken)

	// Background work.
	msrv, err := machinery.NewServer(&mconfig.Config{Broker: cfg.BrokerURL, DefaultQueue: "creators", ResultBackend: cfg.BrokerURL})
	if err != nil {
		log.Fatal(err)
	}
	queue := worker.NewQueue(msrv)
	signer := payouts.NewTreasurySigner("http://signer.internal:8200", os.Getenv("SIGNER_TOKEN"), cfg.TreasuryKeyID, cfg.ChainID,
		common.HexToAddress(os.Getenv("TREASURY_ADDRESS")))
	payoutSvc := payouts.NewService(ledger,
		payouts.WithStripe(sc),
		payouts.WithPayPal(pp),
		payouts.WithUSDC(payouts.NewUSDC(eth, signer, logger)),
		payouts.WithLogger(logger),
	)
	refunds := billing.NewRefunds(sc, purchases)
	wk := worker.New(refunds, purchases, pp, lemonClient, payoutSvc, mailer, cfg.PublicURL+"/purchases", rdb, logger)
	if err := wk.Register(msrv); err != nil {
		log.Fatal(err)
	}
	go func() {
		if err := msrv.NewWorker("creatorsd", 4).Launch(); err != nil {
			logger.Error("machinery worker stopped", "err", err)
		}
	}()
	go wk.PayoutRunner(cfg.PayoutEvery).Run(ctx)
	go func() {
		t := time.NewTicker(24 * time.Hour)
		defer t.Stop()
		for {
			if err := wk.SnapshotFX(ctx); err != nil {
				logger.Warn("fx snapshot", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()

	// Webhooks.
	hk := hooks.New(hooks.Deps{
		Purchases: purchases, Members: members, Earnings: earnings, Dedupe: dedupe,
		Mail: mailer, Fanout: fanout, PayPalAPI: pp, Jobs: queue, Log: logger,
	}, hooks.Secrets{
		Stripe: cfg.StripeWebhookSecret, Lemon: cfg.LemonSigningSecret, PayPalWebhookID: cfg.PayPalWebhookID,
	}, cfg.PublicURL+"/purchases")
	paddleVerifier := paddle.NewWebhookVerifier(cfg.PaddleWebhookSecret)

	hr := chi.NewRouter()
	hr.Post("/hooks/stripe", hk.Stripe)
	hr.Post("/hooks/stripe/connect", hk.Connect) // want "\\[webhookverify\\] payment webhook handler hk\\.Connect \\(package audit20/creators/hooks\\) mounted"
	hr.Post("/hooks/lemon", hk.Lemon)
	hr.Post("/hooks/paypal", hk.PayPal)
	hr.With(paddleVerifier.Middleware).Post("/hooks/paddle", hk.Paddle)
	go func() {
		if err := http.ListenAndServe(cfg.HooksAddr, hr); err != nil {
			logger.Error("hooks listener", "err", err)
		}
	}()

	// Live tipping.
	hub := live.NewHub()
	tipSvc := live.NewService(sc, tips, hub, logger)
	th := live.NewHandlers(tipSvc)
	lh := live.NewHooks(tipSvc, receipts, earnings, cfg.StripeLiveSecret)
	h := server.Default()
	h.POST("/tips", th.Create)
	h.GET("/tips/:id/status", th.Status)
	h.POST("/tips/:id/retry", th.Retry)
	h.GET("/tips/return", th.Return)
	h.POST("/live/hooks/stripe", lh.Stripe)
	go h.Spin()

	// Fan API.
	a := api.New(api.Config{
		Members: members, Purchases: purchases,
		Checkout: billing.NewCheckout(sc, cfg.PublicURL, billing.WithCheckoutLogger(logger)),
		VAT:      billing.NewVAT(pd),
		Lemon:    lemonClient, PayPal: pp,
		Media:    api.NewMedia("http://watermark.internal:9000"),
		Captures: queue, PublicURL: cfg.PublicURL, Log: logger,
	})
	r := gin.Default()
	a.Routes(r, api.SessionAuth(sessionVerifier(os.Getenv("SESSION_KEY"))))
	if err := r.Run(cfg.HTTPAddr); err != nil {
		log.Fatal(err)
	}
}
