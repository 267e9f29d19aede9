// Command kbeautyd runs the K-Beauty shop backend: storefront, webhooks,
// Indonesian API, queue worker and scheduler in one process.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"time"

	"audit26/kbeauty/config"
	"audit26/kbeauty/intl"
	"audit26/kbeauty/kakaopay"
	"audit26/kbeauty/platform"
	"audit26/kbeauty/shop"
	"audit26/kbeauty/store"
	"audit26/kbeauty/toss"
	"audit26/kbeauty/web"
	"audit26/kbeauty/worker"

	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/hibiken/asynq"
	"github.com/jinzhu/gorm"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	"github.com/zeromicro/go-zero/rest"
)

type smsGateway struct {
	endpoint string
	hc       *http.Client
}

func (g smsGateway) Send(ctx context.Context, phone, text string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.endpoint, nil)
	if err != nil {
		return err
	}
	req.URL.RawQuery = url.Values{"to": {phone}, "text": {text}}.Encode()
	resp, err := g.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() {
	cfg := config.Load()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := gorm.Open("mysql", cfg.MySQLDSN)
	if err != nil {
		log.Fatalf("mysql: %v", err)
	}
	defer db.Close()
	pg, err := sqlx.Connect("postgres", cfg.PostgresDSN)
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})

	orders := store.NewOrders(db)
	partners := store.NewPartners(pg)
	seen := store.NewSeen(rdb)

	tc := toss.New(cfg.TossSecretKey, toss.WithBaseURL(cfg.TossBaseURL))
	kc := kakaopay.New(cfg.KakaoBaseURL, cfg.KakaoSecretKey, cfg.KakaoCID)
	jp := intl.NewJapan(cfg.StripeSecretKey, cfg.StripeWHSecret, cfg.PublicBaseURL+"/jp/checkout/return", orders)
	id := intl.NewIndonesia(cfg.XenditSecretKey, cfg.PublicBaseURL+"/id/checkout/success", orders)
	mail := platform.Mailer{Addr: cfg.SMTPAddr, From: cfg.SMTPFrom}

	redisOpt := asynq.RedisClientOpt{Addr: cfg.RedisAddr}
	queue := asynq.NewClient(redisOpt)

	co := &shop.Checkout{Orders: orders, Toss: tc, Kakao: kc, BaseURL: cfg.PublicBaseURL, Timeout: cfg.ConfirmTimeout}
	boxes := &shop.Boxes{Orders: orders, Toss: tc}

	// storefront (KR, JP)
	e := echo.New()
	web.NewStorefront(orders, co, jp, queue, logger).Mount(e)
	web.MountEvents(e, intl.NewEvents(orders, seen, queue), cfg.StripeWHSecret)
	go func() {
		if err := e.Start(cfg.HTTPAddr); err != nil {
			log.Fatalf("storefront: %v", err)
		}
	}()

	// provider webhooks
	h := server.Default()
	web.NewHooks(orders, partners, jp, mail, cfg.XenditCBToken, logger).Register(h)
	go h.Spin()

	// Indonesian storefront and admin API
	zs := rest.MustNewServer(rest.RestConf{})
	zs.AddRoutes(web.NewIDShop(orders, partners, id).Routes())
	go zs.Start()

	// scheduler
	c := cron.New()
	jobs := worker.NewJobs(orders, partners, jp, id, kc, queue, worker.WithPayoutBatch(cfg.PayoutBatch), worker.WithLogger(logger))
	if err := jobs.Schedule(c); err != nil {
		log.Fatal(err)
	}
	c.Start()

	// queue worker
	sms := smsGateway{endpoint: os.Getenv("SMS_ENDPOINT"), hc: &http.Client{Timeout: 5 * time.Second}}
	tasks := worker.NewTasks(orders, tc, boxes, mail, sms, logger)
	srv := asynq.NewServer(redisOpt, asynq.Config{Concurrency: 10, Queues: map[string]int{"default": 5, "billing": 3}})
	if err := srv.Run(tasks.Mux()); err != nil {
		log.Fatal(err)
	}
}
