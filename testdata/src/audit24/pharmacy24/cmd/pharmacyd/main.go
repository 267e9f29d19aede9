// Command pharmacyd runs the pharmacy payment backend.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/jmoiron/sqlx"
	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/refund"
	amqp "github.com/rabbitmq/amqp091-go"
	razorpay "github.com/razorpay/razorpay-go"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	"github.com/zeromicro/go-zero/rest"

	"audit24/pharmacy24/admin"
	"audit24/pharmacy24/checkout"
	"audit24/pharmacy24/conekta"
	"audit24/pharmacy24/pix"
	"audit24/pharmacy24/platform"
	"audit24/pharmacy24/razorpayx"
	"audit24/pharmacy24/refills"
	"audit24/pharmacy24/store"
	"audit24/pharmacy24/storefront"
	"audit24/pharmacy24/webhooks"
	"audit24/pharmacy24/workers"
)

func main() {
	cfg := platform.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := sqlx.Connect("postgres", cfg.DatabaseURL)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	conn, err := amqp.Dial(cfg.AMQPURL)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	pubCh, _ := conn.Channel()
	payoutCh, _ := conn.Channel()
	mpCh, _ := conn.Channel()
	_ = payoutCh.Qos(1, 0, false)

	mpCfg, err := config.New(cfg.MPAccessToken)
	if err != nil {
		log.Fatal(err)
	}
	mpPay := payment.NewClient(mpCfg)
	rzp := razorpay.NewClient(cfg.RazorpayKey, cfg.RazorpaySecret)
	px := pix.New(cfg.PixBaseURL, cfg.PixToken, cfg.PixKey)
	oxxo := conekta.New(cfg.ConektaBaseURL, cfg.ConektaKey)
	rx := razorpayx.New(cfg.RazorpayKey, cfg.RazorpaySecret, cfg.RazorpayXAcct)

	orders := store.NewOrders(db)
	ledger := store.NewLedger(db)
	events := store.NewEvents(rdb)
	shipments := store.NewShipments(db)
	queue := platform.NewQueue(pubCh, "pharmacy")

	svc := checkout.New(orders,
		checkout.WithRazorpay(rzp),
		checkout.WithMercadoPago(mpPay, refund.NewClient(mpCfg)),
		checkout.WithPix(px),
		checkout.WithConekta(oxxo),
		checkout.WithLogger(slog.Default()),
		checkout.WithNotificationURL("https://api.farmacia.example/webhooks/mercadopago"),
	)

	// Provider webhooks (gin).
	r := gin.Default()
	hooks := r.Group("/webhooks")
	hooks.POST("/razorpay", webhooks.NewRazorpay(orders, ledger, events, cfg.RazorpayHookKey).Handle)
	mp, err := webhooks.NewMercadoPago(cfg.MPWebhookSecret, queue)
	if err != nil {
		log.Fatal(err)
	}
	hooks.POST("/mercadopago", mp.Handle)
	hooks.POST("/pix", platform.HMACBody("X-Webhook-Signature", cfg.PixHookSecret), webhooks.NewPix(orders, ledger, platform.NewCRM(cfg.CRMURL)).Handle) // audit: lookalike webhookverify: the Pix route's own middleware (platform.HMACBody, which refuses an empty secret) verifies before the handler
	refills.New(db, shipments, "https://app.farmacia.example").Register(r)

	// Patient-facing pages and Mexico integrations (fiber).
	app := fiber.New()
	sf, err := storefront.New(rzp, orders, ledger, svc, cfg.CourierSecret)
	if err != nil {
		log.Fatal(err)
	}
	app.Post("/pay/razorpay/callback", sf.RazorpayCallback)
	app.Get("/pay/razorpay/return", sf.RazorpayReturn)
	app.Get("/pay/mp/success", sf.MPSuccess)
	app.Get("/pay/mp/pending", sf.MPPending)
	app.Post("/hooks/conekta", sf.ConektaEvents) // want "\\[webhookverify\\] payment webhook handler sf\\.ConektaEvents \\(package audit24/pharmacy24/storefront\\) mounted on POST /hooks/conekta verifies no signature, and no middleware on this route does: it stores the payment status the body posts"
	app.Post("/courier/cod", sf.CourierCOD)

	// Back office (go-zero).
	server := rest.MustNewServer(rest.RestConf{})
	admin.Register(server, svc)

	// Jobs.
	rec := workers.NewReconciler(orders, rzp, px, oxxo, svc)
	settle := workers.NewSettlement(ledger, rx)
	c := cron.New()
	_, _ = c.AddFunc("*/10 * * * *", rec.SyncPix)
	_, _ = c.AddFunc("*/15 * * * *", rec.SyncRazorpay)
	_, _ = c.AddFunc("0 */6 * * *", rec.SyncOXXO)
	_, _ = c.AddFunc("0 * * * *", func() {
		rec.WatchNewVouchers(ctx, func(string) string { return "" })
	})
	_, _ = c.AddFunc("30 2 * * *", settle.Run)
	c.Start()
	defer c.Stop()

	go func() {
		if err := workers.NewManualPayouts(payoutCh, rx, ledger).Run(ctx); err != nil {
			slog.Error("manual payouts", "err", err)
		}
	}()
	go func() {
		if err := workers.NewMPPayments(mpCh, mpPay, orders).Run(ctx); err != nil {
			slog.Error("mp payments", "err", err)
		}
	}()
	go server.Start()
	go func() {
		if err := app.Listen(cfg.StorefrontAddr); err != nil {
			slog.Error("storefront", "err", err)
		}
	}()
	srv := &http.Server{Addr: cfg.HTTPAddr, Handler: r}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
