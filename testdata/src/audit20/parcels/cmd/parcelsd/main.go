// Command parcelsd runs the parcels backend: the provider webhooks and EU
// checkout (net/http), the seller API (echo), the locker API (fiber), the
// seller remittance API (go-zero), the asynq workers and the cron jobs.
package main

import (
	"context"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/hibiken/asynq"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	"github.com/zeromicro/go-zero/rest"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"audit20/parcels/hooks"
	"audit20/parcels/labels"
	"audit20/parcels/lockers"
	"audit20/parcels/pay/eu"
	"audit20/parcels/pay/mtr"
	"audit20/parcels/pay/qrwallet"
	"audit20/parcels/pay/rzp"
	"audit20/parcels/pay/xnd"
	"audit20/parcels/platform"
	"audit20/parcels/remit"
	"audit20/parcels/store"
)

func main() {
	cfg := platform.Load()
	logger := platform.Logger("parcelsd")

	gdb, err := gorm.Open(postgres.Open(cfg.DatabaseURL), &gorm.Config{})
	if err != nil {
		log.Fatalf("gorm: %v", err)
	}
	xdb, err := sqlx.Connect("postgres", cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("sqlx: %v", err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	queue := asynq.NewClient(asynq.RedisClientOpt{Addr: cfg.RedisAddr})

	labelStore := store.NewLabels(gdb)
	lockerStore := store.NewLockers(gdb, rdb)
	remitStore := store.NewRemittances(xdb)
	wallets := store.NewWallets(xdb)

	razor := rzp.New(cfg.Razorpay.KeyID, cfg.Razorpay.KeySecret, cfg.Razorpay.XAccount,
		rzp.WithLogger(logger.With("provider", "razorpay")))
	xen := xnd.New(cfg.Xendit.SecretKey, xnd.WithLogger(logger.With("provider", "xendit")))
	mid := mtr.New(cfg.Midtrans.ServerKey, cfg.Midtrans.Production)
	qr := qrwallet.New(cfg.QR.BaseURL, cfg.QR.MerchantID, cfg.QR.APIKey, nil)
	stripePay := eu.NewPayments(cfg.Stripe.SecretKey, logger.With("provider", "stripe"))

	labelSvc := labels.NewService(labelStore, razor, xen,
		labels.WithQRWallet(qr),
		labels.WithGeocoder(&labels.HTTPGeocoder{Base: "http://geo.internal:8080", HC: http.DefaultClient}),
		labels.WithLogger(logger.With("svc", "labels")))
	topups := lockers.NewTopUps(lockers.Deps{Store: lockerStore, Midtrans: mid, Xendit: xen, QR: qr, Queue: queue,
		Log: logger.With("svc", "lockers")})
	remitSvc := remit.NewService(remitStore, razor, xen,
		&remit.SMTPMailer{Addr: "smtp.internal:25", From: "remittances@parcels.example.com"},
		logger.With("svc", "remit"))

	// net/http: webhooks, QR callbacks, EU checkout.
	mux := http.NewServeMux()
	if err := hooks.Register(mux, hooks.Secrets{
		Razorpay:      cfg.Razorpay.WebhookSecret,
		XenditToken:   cfg.Xendit.CallbackToken,
		MidtransKey:   cfg.Midtrans.ServerKey,
		StripeWebhook: cfg.Stripe.WebhookSecret,
	}, hooks.Deps{
		Labels: labelStore, Lockers: lockerStore, Wallets: wallets, Queue: queue,
		SMS: &hooks.SMSClient{Base: cfg.SMS.BaseURL, Token: cfg.SMS.Token, HC: &http.Client{Timeout: 10 * time.Second}},
		Log: logger.With("svc", "hooks"),
	}); err != nil {
		log.Fatalf("hooks: %v", err)
	}
	labelQR := qrwallet.VerifySignature(cfg.QR.SigningSecret, qrwallet.NewCallbacks(labels.NewQRPayments(labelStore), logger))
	mux.Handle("POST /hooks/qr/labels", labelQR) // audit: lookalike webhookverify: the label callbacks are mounted behind qrwallet.VerifySignature (HMAC of the body, 401 on mismatch)

	// QR wallet top-ups of locker credit.
	mux.Handle("POST /hooks/qr/lockers", qrwallet.NewCallbacks(lockers.NewQRPayments(lockerStore), logger)) // want "\\[webhookverify\\] payment webhook handler qrwallet\\.NewCallbacks\\(lockers\\.NewQRPayments\\(lockerStore\\),"
	eu.NewHandlers(stripePay, labelStore, cfg.PublicURL).Register(mux)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })

	// echo: seller API.
	e := echo.New()
	seller := e.Group("/v1", sellerAuth(remitStore))
	lh := labels.NewHandler(labelSvc, labelStore)
	lh.Mount(seller)
	lh.MountPublic(e)
	labels.NewCounterHandler(labelSvc, &labels.Tracker{Base: "http://linehaul.internal", HC: http.DefaultClient}, screensHub{}).
		Mount(e.Group("/partner", partnerAuth()))

	// fiber: locker API.
	app := fiber.New()
	lockers.NewHandler(topups, lockerStore, screensHub{}).Mount(app)

	// go-zero: remittance API.
	rs := rest.MustNewServer(rest.RestConf{})
	rs.AddRoutes(remit.Routes(remitSvc))

	// workers
	wmux := asynq.NewServeMux()
	wmux.Handle(remit.TaskSend, remit.NewWorker(remitSvc))
	wmux.HandleFunc(lockers.TaskAutoTopUp, topups.HandleAutoTopUp)
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: cfg.RedisAddr}, asynq.Config{
		Concurrency: cfg.WorkerConcur,
		Queues:      map[string]int{"payouts": 6, "topups": 3, "default": 1},
	})
	if err := srv.Start(wmux); err != nil {
		log.Fatalf("asynq: %v", err)
	}

	c := cron.New()
	if err := remit.NewScheduler(remitSvc, queue).Register(c, cfg.RemitCron); err != nil {
		log.Fatalf("cron: %v", err)
	}
	_, _ = c.AddFunc("*/5 * * * *", func() {
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
		defer cancel()
		if err := topups.Reconcile(ctx); err != nil {
			logger.Error("reconcile top-ups", "err", err)
		}
	})
	_, _ = c.AddFunc("0 6 * * *", func() {
		if err := topups.ScheduleAuto(context.Background(), 2000000, 10000000); err != nil {
			logger.Error("schedule auto top-ups", "err", err)
		}
	})
	c.Start()

	go func() { log.Fatal(e.Start(cfg.EchoAddr)) }()
	go func() { log.Fatal(app.Listen(cfg.FiberAddr)) }()
	log.Fatal(http.ListenAndServe(cfg.HTTPAddr, mux))
}

// sellerAuth resolves the seller from the session token (set by the app
// gateway) and puts the seller's id and country on the context.
func sellerAuth(rs *store.Remittances) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			id := c.Request().Header.Get("X-Seller-Id")
			if id == "" {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			s, err := rs.Seller(c.Request().Context(), id)
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			c.Set("seller_id", s.ID)
			c.Set("seller_country", s.Country)
			return next(c)
		}
	}
}

func partnerAuth() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if !strings.HasPrefix(c.Request().Header.Get("Authorization"), "Partner ") {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			return next(c)
		}
	}
}

// screensHub pushes to the counter and locker displays over the device
// gateway (omitted here).
type screensHub struct{}

func (screensHub) Show(counterID, qr string)         {}
func (screensHub) Done(counterID string, ok bool)    {}
func (screensHub) ShowQR(lockerID, code string)      {}
func (screensHub) ShowMessage(lockerID, text string) {}
