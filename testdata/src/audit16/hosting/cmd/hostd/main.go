// Command hostd runs the hosting panel's billing backend.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"strconv"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gorilla/mux"
	"github.com/kataras/iris/v12"
	"github.com/lightningnetwork/lnd/lnrpc"
	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/zeromicro/go-zero/rest"

	"audit16/hosting/billing"
	"audit16/hosting/credit"
	"audit16/hosting/jobs"
	"audit16/hosting/paypalbt"
	"audit16/hosting/provision"
	"audit16/hosting/retryx"
	"audit16/hosting/store"
	"audit16/hosting/web"
	"audit16/hosting/webhooks"
)

func env(k string) string { return os.Getenv(k) }

func main() {
	sqldb, err := sql.Open("pgx", env("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := openGorm(env("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	subs := store.NewBilling(gdb)
	ledger := store.NewLedger(openBun(sqldb), sqldb)
	cache := store.NewCache(redis.NewClient(&redis.Options{Addr: env("REDIS_ADDR")}))

	sc := stripe.NewClient(env("STRIPE_KEY"))
	bill := billing.New(sc, subs, billing.WithPolicy(retryx.NewPolicy(retryx.WithAttempts(5))))
	minOverage, _ := strconv.ParseInt(env("OVERAGE_MIN_CENTS"), 10, 64)
	overage := billing.NewOverageWorker(bill, minOverage)
	wallet := paypalbt.New(paypalbt.Config{
		MerchantID: env("BT_MERCHANT"), PublicKey: env("BT_PUBLIC"), PrivateKey: env("BT_PRIVATE"),
		Sandbox: env("BT_SANDBOX") == "1",
	})

	conn, err := dialLND(env("LND_GRPC"))
	if err != nil {
		log.Fatal(err)
	}
	ln := credit.NewLightning(env("LND_REST"), env("LND_MACAROON"), lnrpc.NewLightningClient(conn), ledger)
	eth, err := ethclient.Dial(env("ETH_RPC"))
	if err != nil {
		log.Fatal(err)
	}
	usdc := credit.NewUSDCWatcher(eth, ledger)
	dc := provision.NewClient(env("DC_API"), env("DC_TOKEN"))
	mailer := &webhooks.SMTPMailer{Addr: env("SMTP_ADDR"), From: "billing@hostd.example"}

	pages := web.NewPages(web.Deps{Stripe: sc, Subs: subs, Ledger: ledger, Billing: bill,
		Wallet: wallet, LN: ln, Tmpl: loadTemplates()})
	sh := webhooks.NewStripeHooks(subs, cache, dc, cache)

	r := mux.NewRouter()
	hooks := r.PathPrefix("/hooks/stripe").Subrouter()
	hooks.Use(webhooks.StripeSignature(env("STRIPE_WHSEC_PLANS")))
	hooks.HandleFunc("/billing", sh.Billing).Methods(http.MethodPost)
	r.HandleFunc("/hooks/stripe-overage", sh.OverageIntent).Methods(http.MethodPost) // want "\\[webhookverify\\] payment webhook handler sh.OverageIntent \\(package audit16/hosting/webhooks\\) mounted on POST /hooks/stripe-overage verifies no signature, and no middleware on this route does"

	r.HandleFunc("/plans/checkout/return", pages.PlanReturn).Methods(http.MethodGet)
	r.HandleFunc("/credit/card/return", pages.CardTopUpReturn).Methods(http.MethodGet)
	r.HandleFunc("/credit/topups/{id}/complete", pages.TopUpComplete).Methods(http.MethodGet)
	r.HandleFunc("/wallet/paypal/complete", pages.WalletComplete).Methods(http.MethodGet)

	api := r.PathPrefix("/api").Subrouter()
	api.Use(requireSession)
	api.HandleFunc("/wallet/paypal/charge", pages.WalletCharge).Methods(http.MethodPost)
	api.HandleFunc("/credit/lightning", pages.LightningTopUp).Methods(http.MethodPost)
	api.HandleFunc("/accounts/{account}/credit/refund", pages.RefundCredit).Methods(http.MethodPost)
	api.HandleFunc("/plans/{id}/upgrade", pages.UpgradePlan).Methods(http.MethodPost)

	bt := webhooks.NewBraintreeHooks(wallet.Gateway(), ledger, mailer)
	zsrv := rest.MustNewServer(rest.RestConf{})
	zsrv.AddRoute(rest.Route{Method: http.MethodPost, Path: "/hooks/braintree", Handler: bt.Notify})
	go zsrv.Start()

	feed, err := webhooks.NewResellerFeed(env("RESELLER_SVIX_SECRET"), ledger, subs)
	if err != nil {
		log.Fatal(err)
	}
	app := iris.New()
	app.Post("/hooks/reseller", feed.Handle)
	go serveIris(app, env("RESELLER_ADDR"))

	runner := jobs.NewRunner(jobs.Config{
		Stripe: sc, Subs: subs, Ledger: ledger, Cache: cache, Billing: bill, Overage: overage,
		Payouts:     billing.NewResellerPayouts(env("RESELLER_API"), env("RESELLER_TOKEN")),
		Commissions: commissionsSQL{db: sqldb},
		LN:          ln, USDC: usdc, DC: dc,
		Status: &provision.StatusPinger{URL: env("STATUS_URL")},
		Notify: mailer,
	})
	runner.Start()

	log.Fatal(http.ListenAndServe(env("ADDR"), r))
}
