// Command ridehaild runs the payments backend: the rider API (gin), the
// driver API (echo), the India gateway (go-zero), the asynq workers and
// the nightly cashout run.
package main

import (
	"context"
	"errors"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/RichardKnop/machinery/v1"
	mconfig "github.com/RichardKnop/machinery/v1/config"
	"github.com/gin-gonic/gin"
	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	xenditv1 "github.com/xendit/xendit-go"
	"github.com/xendit/xendit-go/disbursement"
	xendit "github.com/xendit/xendit-go/v7"
	"github.com/zeromicro/go-zero/rest"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"audit22/ridehail/api"
	"audit22/ridehail/billing"
	"audit22/ridehail/cashout"
	"audit22/ridehail/config"
	"audit22/ridehail/hooks"
	"audit22/ridehail/midpay"
	"audit22/ridehail/platform"
	"audit22/ridehail/rzp"
	"audit22/ridehail/store"
	"audit22/ridehail/upi"
	"audit22/ridehail/xenditpay"
)

func main() {
	cfg := config.Load()
	logger := platform.Logger(cfg.Env)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := gorm.Open(postgres.Open(cfg.PostgresDSN))
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	repo := store.NewRepo(db)
	if err := repo.Migrate(); err != nil {
		log.Fatalf("migrate: %v", err)
	}
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.MongoURI))
	if err != nil {
		log.Fatalf("mongo: %v", err)
	}
	mdb := mc.Database("ridehail")
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	redisOpt := asynq.RedisClientOpt{Addr: cfg.RedisAddr}
	queue := asynq.NewClient(redisOpt)

	xc := xenditpay.New(cfg.XenditSecretKey, logger, xenditpay.WithPollEvery(3*time.Second))
	disb := &disbursement.Client{Opt: &xenditv1.Option{SecretKey: cfg.XenditSecretKey, XenditURL: xenditv1.Opt.XenditURL}}
	mt := midpay.NewGateway(cfg.MidtransServerKey, cfg.MidtransProd, logger)
	rz := rzp.NewGateway(cfg.RazorpayKeyID, cfg.RazorpayKeySecret, logger)
	rzx := rzp.NewPayoutsClient(cfg.RazorpayKeyID, cfg.RazorpayKeySecret, cfg.RazorpayXAccount, rzp.WithTimeout(20*time.Second))
	upiClient := upi.New(cfg.UPIBaseURL, cfg.UPIMerchant, cfg.UPIKey)

	bill := billing.New(billing.Deps{Repo: repo, Xendit: xc, Midtrans: mt, Razor: rz, UPI: upiClient, Log: logger},
		billing.WithBaseURL(cfg.PublicBaseURL), billing.WithPaymentWait(cfg.PaymentWaitMax))

	// Rider API and Xendit/UPI callbacks (gin).
	cb := hooks.New(hooks.Config{
		Repo: repo, Events: store.NewEventLog(mdb), Seen: store.NewSeen(rdb), Queue: queue,
		SMS:           hooks.NewSMSClient(os.Getenv("SMS_URL"), os.Getenv("SMS_KEY")),
		CallbackToken: cfg.XenditCallbackToken, UPIKey: cfg.UPIKey, Log: logger,
	})
	g := gin.New()
	api.NewRider(bill, repo, devGeocoder{}, logger).Routes(g, cb, cfg.XenditCallbackToken)

	// Driver API and Midtrans notifications (echo).
	e := echo.New()
	api.NewDriver(repo, rz, devDocs{}, logger).Routes(e)
	e.POST("/hooks/midtrans", hooks.MidtransNotify(repo, logger)) // want "\\[webhookverify\\] payment webhook handler hooks\\.MidtransNotify\\(repo, logger\\) \\(package audit22/ridehail/hooks\\)"

	// India gateway (go-zero): Razorpay webhooks and top-up pages.
	zs := rest.MustNewServer(rest.RestConf{})
	hooks.NewRazorpay(repo, cfg.RazorpayWebhookSecret, os.Getenv("RAZORPAYX_WEBHOOK_SECRET"), logger).Mount(zs)
	api.NewTopUp(bill, logger).Mount(zs)

	// Workers.
	workers := cashout.NewWorker(repo, xc, disb, rzx, queue, logger)
	mux := asynq.NewServeMux()
	workers.Register(mux)
	bill.Register(mux)
	srv := asynq.NewServer(redisOpt, asynq.Config{Concurrency: 10, Queues: map[string]int{"cashout": 5, "default": 5}})

	ms, err := machinery.NewServer(&mconfig.Config{Broker: "redis://" + cfg.RedisAddr, DefaultQueue: "growth", ResultBackend: "redis://" + cfg.RedisAddr})
	if err != nil {
		log.Fatalf("machinery: %v", err)
	}
	if _, err := cashout.NewIncentives(ms, xendit.NewClient(cfg.XenditSecretKey)); err != nil {
		log.Fatalf("incentives: %v", err)
	}

	go func() { _ = g.Run(cfg.HTTPAddr) }()
	go func() { _ = e.Start(cfg.DriverAddr) }()
	go zs.Start()
	go func() { _ = srv.Run(mux) }()
	go func() { _ = ms.NewWorker("growth", 2).Launch() }()
	go nightly(ctx, workers, cfg.CashoutCutoff)

	<-ctx.Done()
}

// nightly queues the day's cashouts once a day at the cutoff.
func nightly(ctx context.Context, w *cashout.Worker, cutoff time.Duration) {
	for {
		now := time.Now()
		next := now.Truncate(24 * time.Hour).Add(cutoff)
		if !next.After(now) {
			next = next.Add(24 * time.Hour)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Until(next)):
		}
		if err := w.RunNightly(ctx); err != nil && !errors.Is(err, context.Canceled) {
			log.Printf("nightly cashout: %v", err)
		}
	}
}

type devGeocoder struct{}

func (devGeocoder) Reverse(ctx context.Context, lat, lng float64) (string, error) {
	return "Jl. Sudirman, Jakarta", nil
}

type devDocs struct{}

func (devDocs) Status(ctx context.Context, driverID string) (string, error) { return "approved", nil }
