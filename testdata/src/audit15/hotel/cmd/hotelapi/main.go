// Command hotelapi runs the booking backend: payment endpoints, return
// pages and the nightly workers.
package main

import (
	"context"
	"errors"
	"log"
	"math/big"
	"net/http"
	"net/smtp"
	"os"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/common"
	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	squareclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
	"gorm.io/gorm"

	"audit15/hotel/adyenpay"
	"audit15/hotel/adyenweb"
	"audit15/hotel/cryptodep"
	"audit15/hotel/ops"
	"audit15/hotel/store"
	"audit15/hotel/tabs"
	"audit15/hotel/xenditpay"
)

type postgres struct{ dsn string }

func (postgres) Name() string { return "postgres" }

// hsmSigner asks the signing daemon on the host to sign USDC transfers.
type hsmSigner struct{ keyID string }

func (s hsmSigner) SignTransfer(ctx context.Context, nonce uint64, to ethcommon.Address, amount *big.Int) (*types.Transaction, error) {
	return nil, errors.New("hsm: signer " + s.keyID + " unavailable")
}

type app struct {
	stays   *store.Stays
	adyen   *adyenpay.Client
	adyenH  *adyenweb.Handler
	square  *tabs.WebhookHandler
	xendit  *xenditpay.CallbackHandler
	xReturn *xenditpay.ReturnPage
	noShows *ops.NoShowWorker
	refunds *ops.RefundWorker
	crypto  *cryptodep.Service
}

func routes(a *app) http.Handler {
	r := chi.NewRouter()
	r.Post("/hooks/square", a.square.ServeHTTP)
	r.Method(http.MethodPost, "/hooks/xendit", a.xendit)
	r.Method(http.MethodGet, "/stays/{ref}/deposit/xendit-return", a.xReturn)

	g := gin.New()
	g.POST("/adyen/notifications", a.adyenH.Notifications)
	g.GET("/adyen/stays/:ref/deposit/return", a.adyenH.DepositReturn)
	g.GET("/adyen/frontdesk/stays/:ref", a.adyenH.StayStatus)
	r.Mount("/adyen", g)
	return r
}

func main() {
	ctx := context.Background()
	db, err := gorm.Open(postgres{dsn: os.Getenv("DATABASE_URL")})
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

	stays := store.NewStays(db)
	tabStore := store.NewTabs(db)
	loyalty := store.NewLoyalty(pool)
	channel := ops.NewChannelManager(os.Getenv("CHANNEL_MANAGER_URL"), []byte(os.Getenv("CHANNEL_MANAGER_SECRET")), store.NewInventory(stays))
	invoices := ops.NewInvoices(store.NewFolios(tabStore), os.Getenv("SMTP_ADDR"),
		smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD"), os.Getenv("SMTP_HOST")), "frontdesk@example-hotels.com")

	adyen := adyenpay.New(os.Getenv("ADYEN_API_KEY"), os.Getenv("ADYEN_MERCHANT"), common.Environment(os.Getenv("ADYEN_ENV")),
		adyenpay.WithReturnURL(os.Getenv("PUBLIC_URL")+"/adyen/stays/{ref}/deposit/return"))
	sq := squareclient.NewClient(option.WithToken(os.Getenv("SQUARE_TOKEN")))
	xsvc := xenditpay.NewService(os.Getenv("XENDIT_SECRET_KEY"))

	eth, err := ethclient.Dial(os.Getenv("ETH_RPC_URL"))
	if err != nil {
		log.Fatal(err)
	}

	a := &app{
		stays: stays,
		adyen: adyen,
		adyenH: adyenweb.NewHandler(adyenweb.Config{
			HMACKey: os.Getenv("ADYEN_HMAC_KEY"),
			Sandbox: os.Getenv("ADYEN_ENV") == "TEST",
		}, stays, loyalty, channel),
		square:  tabs.NewWebhookHandler(sq, os.Getenv("SQUARE_SIGNATURE_KEY"), os.Getenv("PUBLIC_URL")+"/hooks/square", rdb, tabStore, invoices), // want "\\[webhookack\\] webhook handler calls tabs.FolioSender.SendFolio \\(webhook.go:95, in tabs.WebhookHandler.ServeHTTP\\), bound here to ops.Invoices.SendFolio, which sends a message \\(smtp.SendMail\\)"
		xendit:  xenditpay.NewCallbackHandler(os.Getenv("XENDIT_CALLBACK_TOKEN"), stays, pool),
		xReturn: xenditpay.NewReturnPage(xsvc, stays),
		noShows: ops.NewNoShowWorker(stays, adyen), // want "\\[idempotency\\] ops.NoShowWorker calls ops.FeeCharger.ChargeNoShow \\(noshow.go:48\\), retried by platform.Retry \\(line 47\\), bound here to adyenpay.Client.ChargeNoShow"
		refunds: ops.NewRefundWorker(stays, adyen), // want "\\[retrystatus\\] ops.RefundWorker retries ops.DepositRefunder.RefundDeposit \\(refunds.go:45\\) with backoff.Retry \\(line 44\\), its operation returning the method's error as it is; bound here to adyenpay.Client.RefundDeposit"
		crypto:  cryptodep.New(eth, hsmSigner{keyID: os.Getenv("HSM_KEY_ID")}, ethcommon.Address{}, 12),
	}

	c := cron.New()
	c.AddFunc("0 2 * * *", func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
		defer cancel()
		if err := a.noShows.Run(ctx); err != nil {
			log.Printf("noshow worker: %v", err)
		}
	})
	c.AddFunc("*/15 * * * *", func() {
		if err := a.refunds.Run(context.Background()); err != nil {
			log.Printf("refund worker: %v", err)
		}
	})
	c.Start()

	log.Fatal(http.ListenAndServe(":8080", routes(a)))
}
