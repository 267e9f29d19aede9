// Command server runs the Backerly crowdfunding backend: the backer API
// and pages, the provider webhooks and the background workers.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/lightningnetwork/lnd/lnrpc"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/gorm"

	"audit11/crowdfunding/backing"
	"audit11/crowdfunding/bankpay"
	"audit11/crowdfunding/chain"
	"audit11/crowdfunding/hooks"
	"audit11/crowdfunding/media"
	"audit11/crowdfunding/paypalpay"
	"audit11/crowdfunding/retryx"
	"audit11/crowdfunding/store"
	"audit11/crowdfunding/stripepay"
	"audit11/crowdfunding/web"
	"audit11/crowdfunding/workers"
)

type postgres struct{ dsn string }

func (postgres) Name() string { return "postgres" }

type lndConn struct{ addr string } // gRPC connection to the LND node

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	logger := slog.Default()
	dsn := os.Getenv("DATABASE_URL")

	sqlDB := must(sqlx.Connect("postgres", dsn))
	pool := must(pgxpool.New(ctx, dsn))
	mc := must(mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URL"))))
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	pledges := store.NewPledges(sqlDB)
	campaigns := store.NewCampaigns(must(gorm.Open(postgres{dsn}, &gorm.Config{})))
	backers := backing.New(pledges, campaigns, mc.Database("backerly").Collection("perks"))
	mailer := media.NewSMTPMailer(os.Getenv("SMTP_ADDR"), os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), "hello@backerly.example")

	cards := stripepay.New(os.Getenv("STRIPE_SECRET_KEY"),
		stripepay.WithRetryPolicy(retryx.Policy{Attempts: 4, Initial: 2 * time.Second, Max: 30 * time.Second}),
		stripepay.WithSettlePoll(time.Minute))
	pp := must(paypalpay.New(os.Getenv("PAYPAL_CLIENT_ID"), os.Getenv("PAYPAL_SECRET"),
		"https://api-m.paypal.com", os.Getenv("PAYPAL_WEBHOOK_ID")))
	eth := must(ethclient.Dial(os.Getenv("ETH_RPC")))
	treasury := chain.NewHSMSigner(common.Address{}, os.Getenv("SIGNER_URL"))
	tips := chain.NewTipWatcher(lnrpc.NewLightningClient(lndConn{os.Getenv("LND_ADDR")}), 3*time.Second,
		func(ctx context.Context, t chain.Tip) error {
			_, err := pool.Exec(ctx, `INSERT INTO tips (id, campaign_id, sats) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
				t.ID, t.CampaignID, t.Sats)
			return err
		})
	bank := bankpay.New(os.Getenv("FERRO_API"), os.Getenv("FERRO_API_KEY"), nil)

	site := &web.Server{
		Pledges: pledges, Campaigns: campaigns, Backing: backers,
		Cards: cards, PayPal: pp, Chain: chain.NewWatcher(eth, 12, 2*time.Second), Tips: tips, Bank: bank,
		BaseURL: os.Getenv("BASE_URL"), AdminKey: os.Getenv("ADMIN_KEY"), Log: logger,
	}
	r := chi.NewRouter()
	site.Routes(r)

	stripeHooks := hooks.NewStripe(os.Getenv("STRIPE_WEBHOOK_SECRET"), store.NewEvents(pool), pledges, campaigns, backers, mailer, logger) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(hooks.Stripe.Connect calls domain.CampaignStore.AddPaidOut \\(stripe.go:128\\), bound here to store.Campaigns.AddPaidOut"
	r.Route("/webhooks", func(r chi.Router) {
		r.Post("/stripe", stripeHooks.Payments)
		r.Post("/stripe/connect", stripeHooks.Connect) // want "\\[webhookverify\\] payment webhook handler stripeHooks.Connect \\(package audit11/crowdfunding/hooks\\) mounted on POST /webhooks/stripe/connect verifies no signature"
	})
	social := mux.NewRouter()
	media.NewShares(rdb).Routes(social)
	r.Mount("/social", social)

	// PayPal and the bank notify their own listeners.
	ppEngine := gin.New()
	hooks.NewPayPal(pp.SDK(), pp.WebhookID(), pp, pledges, store.NewLedger(sqlDB), logger).Register(ppEngine) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(hooks.PayPal.Handle calls hooks.Ledger.Append \\(paypal.go:96\\), bound here to store.Ledger.Append" "\\[webhookack\\] webhook handler calls hooks.OrderCapturer.Capture \\(paypal.go:100, in hooks.PayPal.Handle\\), bound here to paypalpay.Client.Capture" "\\[webhookverify\\] payment webhook hooks.PayPal.Handle checks only the error of its verifier, whose verdict is another result \\(PayPal's VerificationStatus\\), before hooks.Ledger.Append \\(paypal.go:96\\)"
	bankEcho := echo.New()
	hooks.RegisterBank(bankEcho, hooks.NewBank(os.Getenv("FERRO_WEBHOOK_SECRET"), campaigns)) // want "\\[webhookverify\\] payment webhook hooks.Bank.Handle skips signature verification when the secret is empty \\(fails open\\) before domain.CampaignStore.AddPaidOut \\(bank.go:68\\), bound here to store.Campaigns.AddPaidOut"

	goal := workers.NewGoalWorker(campaigns, pledges, cards, pp, chain.NewRefunder(eth, treasury), logger)
	payouts := workers.NewPayoutWorker(campaigns, bank, logger, stripepay.NewConnectRail(cards), bank)
	go workers.Every(ctx, time.Minute, goal.RunOnce, logger)
	go workers.Every(ctx, 5*time.Minute, payouts.RunOnce, logger)

	go func() { log.Fatal(ppEngine.Run(":8081")) }()
	go func() { log.Fatal(bankEcho.Start(":8082")) }()
	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
