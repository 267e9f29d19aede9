// Command remitd runs the remittance backend: customer pages, partner
// webhooks and the payout workers.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/gofiber/fiber/v2"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"

	"audit9/remittance/compliance"
	"audit9/remittance/domain"
	"audit9/remittance/funding"
	"audit9/remittance/hooks"
	"audit9/remittance/momo"
	"audit9/remittance/onchain"
	"audit9/remittance/payouts"
	"audit9/remittance/platform"
	"audit9/remittance/store"
	"audit9/remittance/tracking"
	"audit9/remittance/web"
	"audit9/remittance/wise"
)

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		log.Fatalf("%s is required", k)
	}
	return v
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	db, err := sqlx.Connect("postgres", mustEnv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, mustEnv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(postgresDialector{dsn: mustEnv("DATABASE_URL")})
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: mustEnv("REDIS_ADDR")})

	transfers := store.NewTransfers(db)
	events := store.NewEvents(pool)
	ledger := store.NewLedger(gdb)
	outbox := store.NewOutbox(pool)

	profileID, _ := strconv.ParseInt(mustEnv("WISE_PROFILE_ID"), 10, 64)
	wiseClient := wise.New(mustEnv("WISE_TOKEN"), profileID, wise.WithBaseURL(os.Getenv("WISE_BASE_URL")))
	momoClient := momo.New(mustEnv("MOMO_BASE_URL"), mustEnv("MOMO_API_KEY"), momo.WithCountry("KE"))
	ec, err := ethclient.Dial(mustEnv("ETH_RPC_URL"))
	if err != nil {
		log.Fatal(err)
	}
	signer := newSidecarSigner(mustEnv("SIGNER_URL"), mustEnv("TREASURY_ADDRESS"))

	sms := compliance.NewSMSGateway(mustEnv("SMS_BASE_URL"), mustEnv("SMS_TOKEN"), "RemitCo")
	messenger := compliance.NewMessenger(sms)

	momoWaiter := tracking.NewMomoWaiter(momoClient, 1500*time.Millisecond, 40) // want "\\[pollinterval\\] payment status polled every 1.5s: tracking.NewMomoWaiter stores it in MomoWaiter.every, the wait between reads of momo.Client.Disbursement"
	rails := map[domain.Rail]domain.PayoutRail{
		domain.RailBank:        payouts.NewWiseRail(wiseClient, recipientDirectory{db: db}),
		domain.RailMobileMoney: payouts.NewMomoRail(momoClient, momoWaiter, networkFor),
		domain.RailUSDC:        onchain.NewSender(ec, signer, 2),
	}
	dispatcher := payouts.NewDispatcher(transfers, rails)

	cko := &nas.Client{}
	cards := funding.NewCardFunding(cko, transfers, outbox)
	gcCfg, err := gocardless.NewConfig(mustEnv("GOCARDLESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	_ = funding.NewBankDebit(gc)

	// Partner webhooks and app return URLs.
	wiseHooks := hooks.NewWiseHooks(transfers, messenger, store.NewBalances(pool)) // want "\\[webhookdedupe\\] webhook handler sends a message \\(hooks.WiseHooks.TransferStateChange calls domain.Notifier.PayoutDelivered \\(wise.go:75\\), bound here to compliance.Messenger.PayoutDelivered" "\\[webhookack\\] webhook handler calls domain.Notifier.PayoutDelivered \\(wise.go:75, in hooks.WiseHooks.TransferStateChange\\), bound here to compliance.Messenger.PayoutDelivered"
	chainHooks := hooks.NewChainNotify([]byte(mustEnv("CHAIN_NOTIFY_KEY")), transfers)
	debitEvents := hooks.NewDebitEvents(transfers, ledger, messenger, outbox) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(hooks.DebitEvents.HandleEvent calls hooks.LedgerPoster.Post \\(gocardless.go:53\\), bound here to store.Ledger.Post" "\\[webhookdedupe\\] webhook handler sends a message \\(hooks.DebitEvents.HandleEvent calls domain.Notifier.TransferFunded \\(gocardless.go:62\\), bound here to compliance.Messenger.TransferFunded" "\\[webhookack\\] webhook handler calls domain.Notifier.TransferFunded \\(gocardless.go:62, in hooks.DebitEvents.HandleEvent\\), bound here to compliance.Messenger.TransferFunded"
	gcHandler, err := gocardless.NewWebhookHandler(mustEnv("GOCARDLESS_WEBHOOK_SECRET"), debitEvents)
	if err != nil {
		log.Fatal(err)
	}
	appReturn := web.NewAppReturn(cards, transfers, outbox)
	wisePoller := tracking.NewWisePoller(wiseClient, 10*time.Second, 60)

	r := chi.NewRouter()
	r.Route("/webhooks", func(r chi.Router) {
		r.Post("/wise/transfer-state", wiseHooks.TransferStateChange) // want "\\[webhookverify\\] payment webhook handler wiseHooks.TransferStateChange \\(package audit9/remittance/hooks\\) mounted on POST /webhooks/wise/transfer-state verifies no signature"
		r.With(platform.SignedBody([]byte(mustEnv("WISE_WEBHOOK_SECRET")), "X-Signature-SHA256")).
			Post("/wise/balance", wiseHooks.BalanceDeposit)
		r.Post("/chain/activity", chainHooks.AddressActivity)
		r.Handle("/gocardless", gcHandler)
	})
	r.Get("/m/3ds/complete", appReturn.Complete)
	r.Get("/embed/transfers/{id}/return", appReturn.EmbedReturn)
	r.Get("/m/transfers/{id}/live", web.LiveStatus(wisePoller, wiseTransferID(transfers)))

	engine := gin.New()
	hooks.RegisterMomo(engine, hooks.NewMomoCallbacks(os.Getenv("MOMO_CALLBACK_SECRET"), transfers, messenger))

	app := fiber.New(fiber.Config{AppName: "remitd-cko"})
	hooks.NewCheckoutHooks([]byte(mustEnv("CKO_WEBHOOK_SECRET")), events, transfers, dispatcher).Mount(app) // want "\\[webhookack\\] webhook handler calls hooks.PayoutDispatcher.Dispatch \\(checkout.go:77, in hooks.CheckoutHooks.Handle\\), bound here to payouts.Dispatcher.Dispatch, which calls domain.PayoutRail.Send"

	e := echo.New()
	web.RegisterPages(e, web.NewPages(cards, transfers, outbox))

	feed := compliance.NewRateFeed(mustEnv("FX_FEED_URL"), compliance.NewRateCache(rdb, 30*time.Second))
	go feed.Run(ctx)
	go payouts.NewWorker(transfers, dispatcher).Run(ctx)
	go runJobs(ctx, pool, dispatcher)
	go reconcile(ctx, tracking.NewReconciler(momoClient, transfers, messenger))
	go watchChain(ctx, transfers, onchain.NewSender(ec, signer, 2))
	go runScheduled(ctx, transfers, cards)

	go func() { log.Fatal(http.ListenAndServe(":8080", r)) }()
	go func() { log.Fatal(engine.Run(":8081")) }()
	go func() { log.Fatal(app.Listen(":8082")) }()
	log.Fatal(e.Start(":8083"))
}

func networkFor(msisdn string) string {
	switch {
	case strings.HasPrefix(msisdn, "+2547"):
		return "MPESA"
	case strings.HasPrefix(msisdn, "+256"):
		return "MTN"
	default:
		return "AIRTEL"
	}
}
