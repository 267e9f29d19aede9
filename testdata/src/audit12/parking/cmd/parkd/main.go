// Command parkd runs the parking and toll operator's backend: the public
// API and portal (gin), the wallet and direct debit endpoints (gorilla),
// the kiosk server (fasthttp) and the background workers.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/fasthttp/router"
	"github.com/gin-gonic/gin"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
	"github.com/valyala/fasthttp"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"

	"audit12/parking/enforcement"
	"audit12/parking/fleet"
	"audit12/parking/molliepay"
	"audit12/parking/portal"
	"audit12/parking/squarepay"
	"audit12/parking/store"
	"audit12/parking/tolls"
	"audit12/parking/wallet"
	"audit12/parking/webhooks"
	"audit12/parking/workers"
)

// postgresDialector is set by the driver registration file of the build.
var postgresDialector func(dsn string) gorm.Dialector

func env(k string) string { return os.Getenv(k) }

func every(ctx context.Context, d time.Duration, name string, f func(context.Context) error) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := f(ctx); err != nil {
				log.Printf("%s: %v", name, err)
			}
		}
	}
}

func main() {
	ctx := context.Background()

	sqlxDB, err := sqlx.Connect("postgres", env("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	rawDB, err := sql.Open("postgres", env("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, env("WALLET_DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(postgresDialector(env("TOLLS_DATABASE_URL")))
	if err != nil {
		log.Fatal(err)
	}
	mc, err := mongo.Connect(ctx)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: env("REDIS_ADDR")})

	sessions := store.NewSessions(sqlxDB)
	wallets := store.NewWallets(pool)
	fines := store.NewFines(mc.Database("enforcement"))
	tollInvoices := store.NewTollInvoices(gdb)
	permits := store.NewPermits(rawDB)
	outbox := store.NewOutbox(rawDB)

	sq := sqclient.NewClient(option.WithToken(env("SQUARE_TOKEN")))
	squareCharger := squarepay.New(sq, env("SQUARE_LOCATION"), squarepay.WithRetry(4, 2*time.Second))
	mollie := molliepay.New(env("MOLLIE_KEY"), env("PUBLIC_URL"), env("HOOKS_URL"))
	gcCfg, err := gocardless.NewConfig(env("GOCARDLESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	cko := new(nas.Client)
	hc := &http.Client{Timeout: 15 * time.Second}

	sms := workers.NewSMSGateway(env("SMS_URL"), env("SMS_KEY"), "CITYPARK", hc)
	accounting := tolls.NewAccounting(env("ERP_URL"), env("ERP_TOKEN"), hc)
	collector := tolls.NewCollector(gc, tollInvoices)
	bank := fleet.NewBankClient(env("BANK_URL"), env("BANK_KEY"), fleet.WithHTTPClient(hc), fleet.WithAttempts(5))
	billing := fleet.NewBilling(sqlxDB, bank)
	walletSvc := wallet.NewService(cko, wallets)

	// Public API, portal and provider webhooks.
	r := gin.New()
	portal.New(sessions, permits, mollie, portal.NewRegistry(env("REGISTRY_URL"), hc),
		portal.NewTiles(env("TILES_URL"), hc, store.NewTileCache(rdb, 24*time.Hour))).Routes(r)

	sqHooks := webhooks.NewSquareHooks(sq, env("SQUARE_SIGNATURE_KEY"), env("HOOKS_URL"), rawDB, sessions)
	sqGroup := r.Group("/hooks/square", sqHooks.RequireSignature())
	sqGroup.POST("/payments", sqHooks.PaymentUpdated)
	r.POST("/hooks/square/orders", sqHooks.OrderUpdated) // want "\\[webhookverify\\] payment webhook handler sqHooks.OrderUpdated \\(package audit12/parking/webhooks\\) mounted on POST /hooks/square/orders verifies no signature"

	mollieHooks := webhooks.NewMollieHooks(strings.Split(env("MOLLIE_WEBHOOK_SECRETS"), ","), permits, sms, mollie, sessions, outbox)
	r.POST("/hooks/mollie/permits", mollieHooks.Permit)

	xenditHooks, err := webhooks.NewXenditHooks(env("XENDIT_CALLBACK_TOKEN"), fines, outbox)
	if err != nil {
		log.Fatal(err)
	}
	r.POST("/hooks/xendit/payment-requests", xenditHooks.PaymentRequest)

	// Wallet and toll endpoints.
	gr := mux.NewRouter()
	wallet.NewHandlers(walletSvc, cko, wallets).Routes(gr) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler wallet.Handlers.topupReturn \\(/wallet/topups/\\{id\\}/return\\), which calls wallet.Store.CaptureTopup \\(http.go:48\\) after reading the payment from the provider without checking that its status is paid"
	gr.Handle("/hooks/gocardless", webhooks.NewGoCardlessHooks(env("GOCARDLESS_WEBHOOK_SECRET"), gdb, tollInvoices, accounting)).
		Methods(http.MethodPost)
	ckoHooks := webhooks.NewCheckoutHooks(wallets)
	ck := gr.PathPrefix("/hooks/checkout").Subrouter()
	ck.Use(webhooks.CheckoutSignature([]byte(env("CKO_WEBHOOK_SECRET"))))
	ck.HandleFunc("/payments", ckoHooks.PaymentEvent).Methods(http.MethodPost)

	// Kiosk server.
	fr := router.New()
	fr.POST("/hooks/mollie/sessions", mollieHooks.SessionPayment)
	fr.GET("/fines/done", enforcement.DonePage(fines))

	// Workers.
	sweeper := workers.NewSweeper(sessions, squareCharger, "square", 5*time.Minute)
	go sweeper.Run(ctx)
	go every(ctx, 15*time.Minute, "settle", workers.NewSettleWatcher(sessions, squareCharger).Run) // want "\\[pollbound\\] workers.SettleWatcher calls workers.PaymentStatuser.Status \\(settle.go:45\\), bound here to squarepay.Charger.Status .* stops only when the payment succeeds \\(settle.go:53\\).* no bound"
	go every(ctx, time.Hour, "refunds", workers.NewDuplicateRefunder(sessions, sq.Refunds, mollie).Run)
	go every(ctx, 24*time.Hour, "represent", workers.NewRepresenter(gc, tollInvoices).Run)
	go every(ctx, 6*time.Hour, "tolls", func(ctx context.Context) error {
		due, err := tollInvoices.Due(ctx, 500)
		if err != nil {
			return err
		}
		for i := range due {
			if _, err := collector.Collect(ctx, &due[i]); err != nil {
				log.Printf("tolls: %v", err)
			}
		}
		return nil
	})
	go every(ctx, 24*time.Hour, "fleet", func(ctx context.Context) error {
		if time.Now().Day() != 1 {
			return nil
		}
		return billing.CollectMonth(ctx, time.Now().AddDate(0, -1, 0).Format("2006-01"))
	})
	go func() { log.Fatal(fasthttp.ListenAndServe(":8082", fr.Handler)) }()
	go func() { log.Fatal(http.ListenAndServe(":8081", gr)) }()
	log.Fatal(r.Run(":8080"))
}
