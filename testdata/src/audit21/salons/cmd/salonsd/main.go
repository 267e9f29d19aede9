// Command salonsd runs the salons backend: the public site and provider
// callbacks (net/http + gin), the front-desk API (fiber), the asynq workers
// and the cron passes.
package main

import (
	"context"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/smtp"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	"gorm.io/gorm"

	"audit21/salons/cards"
	"audit21/salons/hooks"
	"audit21/salons/jobs"
	"audit21/salons/mpago"
	"audit21/salons/oxxo"
	"audit21/salons/payouts"
	"audit21/salons/pix"
	"audit21/salons/platform"
	"audit21/salons/salon"
	"audit21/salons/store"
	"audit21/salons/web"
)

type smtpMailer struct {
	addr, from string
	auth       smtp.Auth
}

func (m smtpMailer) Send(_ context.Context, to, tmpl string, data map[string]any) error {
	msg := fmt.Sprintf("To: %s\r\nSubject: %s\r\n\r\n%v\r\n", to, tmpl, data)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(msg))
}

func earnedFunc(db *gorm.DB) func(context.Context, int64) (int64, error) {
	return func(ctx context.Context, stylistID int64) (int64, error) {
		var cents int64
		err := db.WithContext(ctx).Raw(
			`SELECT COALESCE(SUM(amount_cents), 0) FROM commissions WHERE stylist_id = ? AND payout_id IS NULL`, stylistID).
			Scan(&cents).Error
		return cents, err
	}
}

func main() {
	cfg := platform.Load()
	log := platform.NewLogger(cfg)

	db, err := store.Open(cfg.PostgresDSN)
	if err != nil {
		log.Error("db", "err", err)
		os.Exit(1)
	}
	locks := store.Locks{RDB: redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})}
	redisOpt := asynq.RedisClientOpt{Addr: cfg.RedisAddr}
	queue := asynq.NewClient(redisOpt)

	appts := store.NewAppointments(db)
	clients := store.Repo[store.Client]{DB: db}
	stylists := store.Repo[store.Stylist]{DB: db}
	giftStore := store.NewGiftCards(db)
	sales := store.NewSales(db)
	commissions := store.NewCommissions(db)

	pixClient := pix.New(cfg.PixBaseURL, cfg.PixKey, cfg.PixClientID, cfg.PixClientSecret, pix.WithTimeout(10*time.Second))
	mp := map[store.Country]*mpago.Client{}
	for _, c := range []store.Country{store.Brazil, store.Argentina} {
		cl, err := mpago.New(cfg.MPAccessToken, cfg.PublicURL, strings.ToLower(string(c)))
		if err != nil {
			log.Error("mercadopago", "country", c, "err", err)
			os.Exit(1)
		}
		mp[c] = cl
	}
	cardClient := cards.New(cfg.StripeKey, cfg.StripeWebhookSecret, 2)
	oxxoClient := oxxo.New(cfg.OxxoBaseURL, cfg.OxxoAPIKey)
	rail := payouts.New(cfg.PayoutsBaseURL, cfg.PayoutsAPIKey)
	mailer := smtpMailer{addr: "localhost:25", from: "no-reply@salons.example"}

	deposits := salon.NewDeposits(appts, clients, cfg.DepositPercent, log,
		salon.WithPix(pixClient), salon.WithMercadoPago(store.Brazil, mp[store.Brazil]),
		salon.WithMercadoPago(store.Argentina, mp[store.Argentina]), salon.WithCards(cardClient))
	gifts := salon.NewGiftCards(giftStore, mp, mailer, log)
	desk := salon.NewDesk(sales, pixClient, oxxoClient, log)
	noShows := salon.NewNoShows(appts, clients, cardClient, mp[store.Argentina], log)
	advances := salon.NewAdvances(commissions, stylists, rail, log)
	invoicer := salon.NewInvoicer(cfg.FiscalBaseURL, cfg.FiscalToken)

	stripeHook := &hooks.Stripe{Appts: appts, Secret: cfg.StripeWebhookSecret, Log: log}
	pixHook := &hooks.Pix{Sales: sales, Appts: appts, Queue: queue, Log: log}
	payoutHook := &hooks.Payouts{Commissions: commissions, Key: cfg.PayoutsHookKey, Log: log}
	mpHook := &hooks.MercadoPago{
		MP: mp, Secret: cfg.MPWebhookSecret, Appts: appts, GiftStore: giftStore, Gifts: gifts,
		Sales: sales, Commissions: commissions, Stylists: stylists, Fiscal: invoicer, Log: log,
	}
	oxxoHook := &hooks.Oxxo{Sales: sales, Gifts: giftStore, Log: log}

	// Public site and callbacks.
	engine := gin.New()
	public := &web.Public{
		Deposits: deposits, Bookings: deposits, Gifts: gifts, GiftSvc: gifts, // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler web\\.Public\\.depositReturn" "\\[redirectfulfill\\] order fulfilled by the success-redirect handler web\\.Public\\.giftReturn \\(/giftcards/mp/success\\), which calls web\\.GiftIssuer\\.Issue \\(public\\.go:152\\) after reading the payment from the provider without checking"
		Appts: appts, MP: mp, MPHook: mpHook, Queue: queue, Log: log,
	}
	public.Routes(engine)
	mux := http.NewServeMux()
	pages := &web.Pages{Cards: cardClient, Appts: appts, GiftStore: giftStore, Tmpl: template.Must(template.ParseGlob("templates/*.html")), Log: log}
	web.Mount(mux, cfg, stripeHook, pixHook, payoutHook, pages)
	mux.Handle("/", engine)
	srv := &http.Server{Addr: cfg.HTTPAddr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}

	// Front desk (Mexico and Brazil tablets) and the OXXO notifications.
	app := fiber.New(fiber.Config{AppName: "salons-desk"})
	deskAPI := &web.Desk{Svc: desk, Sales: sales, Advances: advances, Earned: earnedFunc(db), Token: os.Getenv("DESK_TOKEN"), Log: log}
	deskAPI.Mount(app)
	app.Post("/hooks/oxxo", oxxoHook.Notify) // want "\\[webhookverify\\] payment webhook handler oxxoHook\\.Notify \\(package audit21/salons/hooks\\) mounted on POST /hooks/oxxo verifies no signature"

	// Workers.
	worker := &jobs.Worker{
		Appts: appts, Sales: sales, Gifts: giftStore, NoShows: noShows, Pix: pixClient, MP: mp, Oxxo: oxxoClient,
		Notify: &jobs.Notifier{URL: os.Getenv("WHATSAPP_URL"), Token: os.Getenv("WHATSAPP_TOKEN"), HC: &http.Client{Timeout: 10 * time.Second}},
		Log:    log,
	}
	asynqSrv := asynq.NewServer(redisOpt, asynq.Config{Concurrency: 10, Queues: map[string]int{"default": 1}})
	payroll := &jobs.Commissions{DB: commissions, Stylists: stylists, Rail: rail, Log: log}
	catalog := &jobs.Catalog{SupplierURL: os.Getenv("SUPPLIER_URL"), HC: &http.Client{Timeout: 20 * time.Second}, Sales: sales, Log: log}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	sched := cron.New()
	mustAdd(ctx, log, locks, sched, "*/10 * * * *", func() { jobs.ScheduleNoShows(ctx, appts, queue, cfg.NoShowGrace, log) })
	mustAdd(ctx, log, locks, sched, "0 23 * * 1", func() { payroll.Open(ctx) })
	mustAdd(ctx, log, locks, sched, fmt.Sprintf("*/15 8-18 * * %d", cfg.PayoutDay), func() { payroll.Send(ctx) })
	mustAdd(ctx, log, locks, sched, "5 * * * *", func() { payroll.Settle(ctx) })
	mustAdd(ctx, log, locks, sched, "20 * * * *", func() { jobs.Reconcile(ctx, sales, mp, log) })
	mustAdd(ctx, log, locks, sched, "30 3 * * *", func() {
		if err := catalog.Import(ctx); err != nil {
			log.Warn("catalog", "err", err)
		}
	})
	sched.Start()
	defer sched.Stop()

	go func() {
		if err := asynqSrv.Run(worker.Mux()); err != nil {
			log.Error("asynq", "err", err)
		}
	}()
	go func() {
		if err := app.Listen(cfg.DeskAddr); err != nil {
			log.Error("desk", "err", err)
		}
	}()
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Error("http", "err", err)
		}
	}()
	log.Info("salonsd up", "http", cfg.HTTPAddr, "desk", cfg.DeskAddr)
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
}

// mustAdd schedules fn; each run takes a Redis lock so that only one
// replica runs it.
func mustAdd(ctx context.Context, log *slog.Logger, locks store.Locks, c *cron.Cron, spec string, fn func()) {
	run := func() {
		if locks.Try(ctx, spec, 10*time.Minute) {
			fn()
		}
	}
	if _, err := c.AddFunc(spec, run); err != nil {
		log.Error("cron", "spec", spec, "err", err)
		os.Exit(1)
	}
}
