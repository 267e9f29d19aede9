// Command server runs the gift-card platform: the buyer pages and the
// webhook endpoints (hertz for PayPal, go-zero for Checkout.com, gorilla
// for Adyen and Wise) and the cron jobs.
package main

import (
	"context"
	"database/sql"
	"html/template"
	"log"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"time"

	adyenapi "github.com/adyen/adyen-go-api-library/v21/src/adyen"
	adyencommon "github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gorilla/mux"
	"github.com/plutov/paypal/v4"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	"github.com/uptrace/bun"
	"github.com/zeromicro/go-zero/rest"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"audit19/giftcards/hooks"
	"audit19/giftcards/issuing"
	"audit19/giftcards/payments"
	"audit19/giftcards/signing"
	"audit19/giftcards/store"
	"audit19/giftcards/web"
	"audit19/giftcards/wise"
	"audit19/giftcards/workers"
)

// kmsSigner signs hot-wallet transfers with the cloud KMS key.
type kmsSigner struct{ keyID string }

func (k kmsSigner) SignTransfer(ctx context.Context, nonce uint64, to common.Address, wei *big.Int) (*types.Transaction, error) {
	return nil, http.ErrNotSupported
}

func staffOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("staff_session"); err != nil || c.Value == "" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	ctx := context.Background()
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	bdb := &bun.DB{}
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URL")))
	if err != nil {
		log.Fatal(err)
	}
	mdb := mc.Database("giftcards")
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

	orders := store.NewOrders(db, bdb)
	corp := store.NewCorporate(db)
	mailer := issuing.SMTPMailer{Addr: os.Getenv("SMTP_ADDR"), From: "cards@giftbox.example"}
	issuer := issuing.New(orders, os.Getenv("CODES_URL"),
		issuing.WithRenderer(os.Getenv("RENDER_URL")),
		issuing.WithSMTP(mailer.Addr, mailer.From))
	queue := workers.NewIssueQueue(issuer, 1024)
	go queue.Run(ctx)

	ppClient, err := paypal.NewClient(os.Getenv("PAYPAL_CLIENT_ID"), os.Getenv("PAYPAL_SECRET"), paypal.APIBaseSandBox)
	if err != nil {
		log.Fatal(err)
	}
	pp := payments.NewPayPal(ppClient, os.Getenv("PUBLIC_URL")+"/paypal/return")
	cko := payments.NewCheckout(&nas.Client{})
	adyen := adyenapi.NewClient(&adyencommon.Config{ApiKey: os.Getenv("ADYEN_API_KEY"), Environment: "TEST"})
	apple := payments.NewApplePay(adyen.Checkout(), os.Getenv("ADYEN_MERCHANT"))
	ec, err := ethclient.Dial(os.Getenv("ETH_RPC"))
	if err != nil {
		log.Fatal(err)
	}
	var hot common.Address
	wallet := payments.NewWallet(ec, kmsSigner{keyID: os.Getenv("KMS_KEY")}, hot)
	profile, _ := strconv.ParseInt(os.Getenv("WISE_PROFILE"), 10, 64)
	wc := wise.New("https://api.wise.com", os.Getenv("WISE_TOKEN"), profile)

	// Buyer pages and back office on gorilla.
	r := mux.NewRouter()
	tmpl := template.Must(template.ParseGlob("templates/*.html"))
	web.Register(r,
		web.NewPages(orders, queue, pp, apple, tmpl),
		web.NewCheckout(orders, pp, cko, apple, wallet),
		web.NewAdmin(orders, queue),
		staffOnly)

	// Adyen and Wise notifications on the same router.
	adyenHook, err := hooks.NewAdyen(os.Getenv("ADYEN_HMAC_KEY"), orders, issuer, mailer)
	if err != nil {
		log.Fatal(err)
	}
	r.Handle("/hooks/adyen", adyenHook).Methods(http.MethodPost)
	wiseKey, err := signing.NewRSAVerifier([]byte(os.Getenv("WISE_WEBHOOK_PUBKEY")))
	if err != nil {
		log.Fatal(err)
	}
	refs := func(ctx context.Context, reference string) (string, error) {
		var clientID string
		err := db.QueryRowContext(ctx, `SELECT client_id FROM corporate_invoices WHERE reference = $1`, reference).Scan(&clientID)
		return clientID, err
	}
	scorer := &hooks.FraudScorer{URL: os.Getenv("RISK_URL"), HTTP: &http.Client{Timeout: 5 * time.Second}}
	wiseHook := hooks.NewWise(wiseKey, corp, scorer, refs) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(hooks.Wise.Events calls hooks.CorporateLedger.CreditAccount" "\\[webhookack\\] webhook handler calls hooks.Screener.Screen \\(wise.go:79, in hooks.Wise.Events\\), bound here to hooks.FraudScorer.Screen"
	r.HandleFunc("/hooks/wise", wiseHook.Events).Methods(http.MethodPost)

	// PayPal notifications on hertz.
	h := server.Default()
	ppHook := hooks.NewPayPal(ppClient, os.Getenv("PAYPAL_WEBHOOK_ID"), store.NewClaims(rdb), orders, queue)
	h.POST("/webhooks/paypal", ppHook.Handle)

	// Checkout.com notifications on go-zero.
	zs := rest.MustNewServer(rest.RestConf{})
	ckoHook := hooks.NewCheckout(os.Getenv("CKO_WEBHOOK_SECRET"), store.NewEvents(mdb), orders, queue)
	zs.AddRoute(rest.Route{Method: http.MethodPost, Path: "/webhooks/checkout", Handler: ckoHook.Notify})
	go zs.Start()

	// Background jobs.
	funder := workers.NewFunder(wc, corp, mustInt(os.Getenv("SETTLEMENT_ACCOUNT")), "EUR")
	rec := workers.NewReconciler(orders, pp, wallet, queue)
	cat := &workers.Catalogue{PartnerAPI: os.Getenv("PARTNER_API"), HTTP: &http.Client{Timeout: 15 * time.Second}, Brands: mdb.Collection("brands")}
	c := cron.New()
	c.AddFunc("*/10 * * * *", funder.Run)
	c.AddFunc("*/15 * * * *", rec.PayPal)
	c.AddFunc("* * * * *", rec.Eth)
	c.AddFunc("0 3 * * *", cat.Sync)
	c.Start()

	log.Fatal(http.ListenAndServe(":8080", r))
}

func mustInt(s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		log.Fatal(err)
	}
	return n
}
