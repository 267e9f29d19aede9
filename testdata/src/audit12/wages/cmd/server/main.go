// Command server runs the earned-wage-access backend: the employer
// portal, provider webhooks and the background workers.
package main

import (
	"context"
	"html/template"
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"audit12/wages/baas"
	"audit12/wages/collections"
	"audit12/wages/funding"
	"audit12/wages/jobs"
	"audit12/wages/payouts"
	"audit12/wages/store"

	machinery "github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/config"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	razorpay "github.com/razorpay/razorpay-go"
	stripe "github.com/stripe/stripe-go/v82"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/gorm"
)

type app struct {
	log         *slog.Logger
	payroll     *store.Payroll
	withdrawals *store.Withdrawals
	workers     *store.Workers
	ledger      *store.Ledger
	pool        *pgxpool.Pool
	audit       *store.AuditLog
	bank        *baas.Client
	sc          *stripe.Client
	gc          *gocardless.Service
	rzp         *razorpay.Client
	queue       *jobs.Queue
	sms         *jobs.SMS
	collections *collections.Service
	card        *payouts.CardPayouts
	chain       *payouts.ChainPayouts
	ach         *funding.Stripe
	tmpl        *template.Template
}

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		log.Fatalf("%s is required", k)
	}
	return v
}

func main() {
	ctx := context.Background()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := gorm.Open(nil)
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, mustEnv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(mustEnv("MONGO_URL")))
	if err != nil {
		log.Fatal(err)
	}
	gcCfg, err := gocardless.NewConfig(mustEnv("GOCARDLESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	eth, err := ethclient.Dial(mustEnv("ETH_RPC_URL"))
	if err != nil {
		log.Fatal(err)
	}

	a := &app{
		log:         logger,
		payroll:     store.NewPayroll(db),
		withdrawals: store.NewWithdrawals(db),
		workers:     store.NewWorkers(db),
		ledger:      store.NewLedger(pool),
		pool:        pool,
		audit:       store.NewAuditLog(mc.Database("ewa").Collection("audit")),
		bank:        baas.New(mustEnv("COREBANK_URL"), mustEnv("COREBANK_KEY"), baas.WithHTTPClient(&http.Client{Timeout: 20 * time.Second})),
		sc:          stripe.NewClient(mustEnv("STRIPE_KEY")),
		gc:          gc,
		rzp:         razorpay.NewClient(mustEnv("RAZORPAY_KEY"), mustEnv("RAZORPAY_SECRET")),
		queue:       jobs.NewQueue(asynq.NewClient(asynq.RedisClientOpt{Addr: mustEnv("REDIS_ADDR")})),
		sms:         jobs.NewSMS(http.DefaultClient, mustEnv("SMS_ACCOUNT"), mustEnv("SMS_TOKEN"), "EWA"),
		tmpl:        template.Must(template.ParseGlob("templates/*.html")),
	}
	a.collections = collections.New(a.bank, gc, a.payroll, a.ledger, logger) // want "\\[idempotency\\] collections.Service calls domain.Debitor.CreateDebit .* bound here to baas.Client.CreateDebit .* which makes a new idempotency key on every call"
	a.card = payouts.NewCardPayouts(&nas.Client{}, a.withdrawals)
	a.chain = payouts.NewChainPayouts(eth, newKMSSigner(mustEnv("KMS_KEY_ID")), common.Address{}, a.withdrawals)
	a.ach = funding.NewStripe(a.sc, a.payroll, logger)

	go a.runWorkers()
	go a.runBeego()
	go a.runFiber()
	go a.runGin()
	log.Fatal(http.ListenAndServe(":8080", a.routes()))
}

func (a *app) runWorkers() {
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")}, asynq.Config{
		Concurrency: 10,
		Queues:      map[string]int{"payouts": 6, "default": 4},
	})
	mux := asynq.NewServeMux()
	jobs.NewHandlers(a.withdrawals, a.workers, a.card, a.chain, a.sms, a.log).Register(mux)

	m, err := machinery.NewServer(&config.Config{Broker: os.Getenv("AMQP_URL"), DefaultQueue: "ewa"})
	if err != nil {
		log.Fatal(err)
	}
	if err := jobs.NewSweeps(a.bank, a.withdrawals, a.workers, a.collections, a.log).Register(m); err != nil { // want "\\[idempotency\\] jobs.Sweeps calls jobs.Bank.CreateTransfer \\(machinery.go:74\\), retried by a machinery sweep task that re-selects pending rows .* bound here to baas.Client.CreateTransfer .* with an idempotency key made anew on every attempt \\(uuid.NewString\\(\\).*derive the key from the row or job"
		log.Fatal(err)
	}
	go func() { log.Fatal(m.NewWorker("ewa-sweeps", 2).Launch()) }()
	log.Fatal(srv.Run(mux))
}
