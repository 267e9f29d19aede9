// Command telehealthd runs the telehealth marketplace backend: the
// patient API (fiber), the clinic portal (hertz), the UK pages and
// partner hook (iris), the AchRail hook (beego), and the workers.
package main

import (
	"context"
	"database/sql"
	"log"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/beego/beego/v2/server/web"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/ethereum/go-ethereum/common"
	_ "github.com/go-sql-driver/mysql"
	"github.com/gofiber/fiber/v2"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/kataras/iris/v12"
	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"audit22/telehealth/ach"
	"audit22/telehealth/api"
	"audit22/telehealth/billing"
	"audit22/telehealth/chain"
	"audit22/telehealth/clinics"
	"audit22/telehealth/config"
	"audit22/telehealth/domain"
	"audit22/telehealth/payouts"
	"audit22/telehealth/platform"
	"audit22/telehealth/store"
	"audit22/telehealth/webhooks"
)

func main() {
	cfg := config.Load()
	logger := platform.Logger
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	stripe.Key = cfg.StripeKey

	pg, err := sql.Open("pgx", cfg.PostgresDSN)
	if err != nil {
		log.Fatal(err)
	}
	db := bun.NewDB(pg, pgdialect.New())
	my, err := sql.Open("mysql", cfg.MySQLDSN)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})

	consults := store.NewConsults(db)
	ledger := store.NewLedger(my)
	seen := store.NewSeen(rdb)
	mailer := platform.NewMailer("smtp.postmarkapp.com:587", "care@example-health.com", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), "smtp.postmarkapp.com")

	cards := billing.NewCards(cfg.StripeKey, cfg.PublicURL, billing.WithLogger(logger.With("component", "cards")))
	uk := billing.NewUKCards(newCheckoutClient(cfg))
	paypal := billing.NewPayPal(btEnv(cfg), cfg.BraintreeMerchantID, cfg.BraintreePublicKey, cfg.BraintreePrivateKey)
	achClient := ach.New(cfg.ACHBaseURL, cfg.ACHKey, cfg.ACHSecret)
	collector := ach.NewCollector(achClient, ledger, os.Getenv("ACH_MERCHANT_SOURCE"))
	refunder := billing.NewRefunder(consults, cards, uk, paypal, achClient, os.Getenv("ACH_MERCHANT_SOURCE"))

	clinicBilling, err := clinics.NewBilling(cfg.PaddleAPIKey, os.Getenv("PADDLE_SEAT_PRICE"), ledger, !cfg.Production())
	if err != nil {
		log.Fatal(err)
	}
	watcher, err := chain.NewWatcher(cfg.EthRPCURL, &chain.RemoteSigner{
		Address: common.HexToAddress(cfg.TreasuryAddress),
		Token:   common.HexToAddress(cfg.USDCContract),
	}, consults, cfg.Confirmations)
	if err != nil {
		log.Fatal(err)
	}
	payoutSvc := payouts.New(consults, ledger)

	// Patient API and Stripe hooks.
	stripeHooks := webhooks.NewStripe(cfg.StripeWebhookSecret, consults, ledger, mailer)
	fapp := fiber.New()
	api.Mount(fapp, api.NewPatients(consults, cards, refunder, map[string]string{"standard": os.Getenv("STRIPE_PRICE_STANDARD")}), stripeHooks, cfg.StripeConnectSecret)
	api.MountRails(fapp, api.NewRails(consults, paypal, collector, watcher))

	// Clinic portal.
	paddleHooks, err := webhooks.NewPaddle(cfg.PaddleWebhookSecret, ledger) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(webhooks.Paddle.Handle calls webhooks.ClinicLedger.ExtendClinicTerm \\(paddle.go:88\\), bound here to store.Ledger.ExtendClinicTerm: sql.DB.ExecContext: paid_through \\+= …\\)"
	if err != nil {
		log.Fatal(err)
	}
	h := server.Default()
	api.MountPortal(h, api.NewPortal(clinicBilling, ledger, cfg.PublicURL), paddleHooks)

	// UK pages and the CarePartner hook.
	verifier, err := platform.NewPartnerVerifier(cfg.PartnerWebhookSecret)
	if err != nil {
		log.Fatal(err)
	}
	iapp := iris.New()
	api.MountUK(iapp, api.NewUK(uk, consults), webhooks.NewPartner(verifier, consults))

	// AchRail hook.
	receipts := make(chan webhooks.ReceiptJob, 256)
	achHooks := webhooks.NewACH(ledger, consults, receipts)
	web.Post("/hooks/achrail", achHooks.Transfer) // want "\\[webhookverify\\] payment webhook handler achHooks.Transfer \\(package audit22/telehealth/webhooks\\) mounted on POST /hooks/achrail verifies no signature, and no middleware on this route does: it acts on the payment \\(webhooks.Consults.MarkPaid\\)"

	go func() { _ = fapp.Listen(cfg.HTTPAddr) }()
	go h.Spin()
	go func() { _ = iapp.Listen(":8082") }()
	go web.Run(":8083")

	go sendReceipts(ctx, receipts, consults, seen, mailer)
	go settleACH(ctx, consults, collector)
	go weeklyPayouts(ctx, cfg, payoutSvc)

	<-ctx.Done()
	logger.Info("shutting down")
}

func btEnv(cfg *config.Config) string {
	if cfg.Production() {
		return "production"
	}
	return "sandbox"
}

// newCheckoutClient builds the Checkout.com payments client for the UK
// region from CKO_SECRET_KEY.
func newCheckoutClient(cfg *config.Config) *nas.Client {
	_ = strings.TrimSpace(cfg.CheckoutSecretKey)
	return &nas.Client{}
}

func sendReceipts(ctx context.Context, jobs <-chan webhooks.ReceiptJob, consults *store.Consults, seen *store.Seen, m *platform.Mailer) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			first, err := seen.First(ctx, "receipt:"+j.ConsultID)
			if err != nil || !first {
				continue
			}
			c, err := consults.Get(ctx, j.ConsultID)
			if err != nil {
				continue
			}
			_ = m.Send(c.PatientEmail, "Your receipt", "Thanks for booking with us. Consult "+c.ID+" is paid.")
		}
	}
}

func settleACH(ctx context.Context, consults *store.Consults, collector *ach.Collector) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		pending, err := consults.PendingACH(ctx, 100)
		if err != nil {
			platform.Logger.Error("pending ach", "err", err)
			continue
		}
		for _, c := range pending {
			if c.ProviderRef == "" {
				continue
			}
			if err := collector.AwaitSettlement(ctx, c.ProviderRef); err != nil { // want "\\[pollbound\\] ach\\.Collector\\.AwaitSettlement polls payment url \\(collect\\.go:81\\) until the context it is handed ends, and the context handed here never ends \\(signal\\.NotifyContext at main\\.go:45\\)"
				platform.Logger.Warn("ach settlement", "consult", c.ID, "err", err)
			}
		}
	}
}

func weeklyPayouts(ctx context.Context, cfg *config.Config, svc *payouts.Service) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	var last time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			if now.Weekday() != cfg.PayoutWeekday || now.Sub(last) < 24*time.Hour {
				continue
			}
			last = now
			if err := svc.Open(ctx, activeClinicians(ctx)); err != nil {
				platform.Logger.Error("open payouts", "err", err)
				continue
			}
			if err := svc.Run(ctx); err != nil {
				platform.Logger.Error("run payouts", "err", err)
			}
		}
	}
}

func activeClinicians(ctx context.Context) []domain.Clinician {
	_ = ctx
	return nil
}
