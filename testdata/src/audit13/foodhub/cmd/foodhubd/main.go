// Command foodhubd runs the foodhub payment backend.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/beego/beego/v2/server/web"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"

	"audit13/foodhub/bankpayout"
	"audit13/foodhub/ckopay"
	"audit13/foodhub/lntips"
	"audit13/foodhub/logistics"
	"audit13/foodhub/mollieideal"
	"audit13/foodhub/settlement"
	"audit13/foodhub/sigcheck"
	"audit13/foodhub/squarepay"
	"audit13/foodhub/store"
	"audit13/foodhub/webhooks"
	"audit13/foodhub/xenditwallet"
)

func env(k string) string { return os.Getenv(k) }

func every(ctx context.Context, d time.Duration, name string, job func(context.Context) error) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := job(ctx); err != nil {
				log.Printf("%s: %v", name, err)
			}
		}
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	db, err := sqlx.Connect("postgres", env("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	rawDB, err := sql.Open("postgres", env("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	orders := store.NewOrders(db)
	ledger := store.NewLedger(db)
	events := store.NewEvents(db)
	payoutRows := store.NewPayouts(rawDB)

	push := logistics.NewPush(env("PUSH_GATEWAY_URL"))
	pos := logistics.NewPOS(env("POS_HUB_URL"), env("POS_HUB_TOKEN"))
	bank := bankpayout.New(env("PAYRAIL_URL"), env("PAYRAIL_KEY"))
	mollieAPI := mollie.New(mollie.WithSecurity(components.Security{APIKey: mollie.String(env("MOLLIE_KEY"))}))

	sq := squarepay.New(env("SQUARE_TOKEN"), env("SQUARE_LOCATION"), squarepay.WithMaxAttempts(3))
	ideal := mollieideal.New(env("MOLLIE_KEY"), env("PUBLIC_URL")+"/ideal/return", orders) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler mollieideal.Service.Return \\(/ideal/return\\), which calls mollieideal.Orders.MarkPaid \\(return.go:45\\) after reading the payment from the provider without checking that its status is paid"
	wallet := xenditwallet.New(env("XENDIT_KEY"))
	tips := lntips.New(env("LND_REST_URL"), env("LND_MACAROON"), nil)
	app := ckopay.NewGateway(&nas.Client{}, orders) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler ckopay.Gateway.success \\(/checkout/success\\), which calls ckopay.OrderConfirmer.ConfirmPayment \\(app.go:57\\)"

	// Partner-restaurant webhooks (Square) on gorilla.
	sqHooks := webhooks.NewSquareHooks(orders, ledger, 8500)
	r := mux.NewRouter()
	verifySquare := sigcheck.Square(env("SQUARE_SIGNATURE_KEY"), env("PUBLIC_URL")+"/hooks/square")
	r.Handle("/hooks/square", verifySquare(http.HandlerFunc(sqHooks.Payment))).Methods(http.MethodPost)
	// Square still delivers to the URL configured before the move to /hooks.
	r.HandleFunc("/webhooks/square", sqHooks.Payment).Methods(http.MethodPost) // want "\\[webhookverify\\] payment webhook handler sqHooks.Payment \\(package audit13/foodhub/webhooks\\) mounted on POST /webhooks/square verifies no signature"

	// Web checkout (iDEAL), partner and support endpoints on net/http.
	mollieHooks := webhooks.NewMollieHooks(mollieAPI, orders, pos)
	api := &partnerAPI{orders: orders, sq: sq, ideal: ideal, wallet: wallet, tips: tips}
	httpMux := http.NewServeMux()
	httpMux.HandleFunc("POST /hooks/mollie", mollieHooks.Payment)
	httpMux.HandleFunc("GET /ideal/return", ideal.Return)
	httpMux.HandleFunc("POST /partner/orders/{id}/charge", api.chargePartnerOrder)
	httpMux.HandleFunc("POST /orders/{id}/ewallet", api.chargeEWallet)
	httpMux.HandleFunc("POST /orders/{id}/tip", api.tip)
	httpMux.HandleFunc("POST /support/orders/{id}/missing-items", api.refundMissing)
	httpMux.Handle("/hooks/", r)
	httpMux.Handle("/webhooks/", r)

	// Mobile app API and Checkout.com webhooks on fiber.
	fapp := fiber.New(fiber.Config{AppName: "foodhub-app"})
	app.Register(fapp.Group("/app"))
	webhooks.NewCheckoutHooks(env("CKO_WEBHOOK_SECRET"), orders, events, push).Mount(fapp)

	// Xendit e-wallet callbacks on beego.
	xh := webhooks.NewXenditHooks(env("XENDIT_CALLBACK_TOKEN"), orders, 500)
	web.Post("/hooks/xendit", xh.PaymentCallback)

	// Background workers.
	settle := settlement.NewWorker(rawDB, bank) // want "\\[idempotency\\] settlement.Worker calls settlement.Bank.SettleRestaurant \\(worker.go:128\\), retried by retry.Do \\(line 127\\), bound here to bankpayout.Client.SettleRestaurant"
	couriers := bankpayout.NewCourierPayouts(bank, payoutRows, push)
	go every(ctx, 24*time.Hour, "settlement", settle.Run)
	go every(ctx, time.Hour, "courier payouts", couriers.PayDue)
	go every(ctx, 15*time.Minute, "payout reconcile", couriers.ReconcilePending)
	go every(ctx, 10*time.Minute, "ideal sweep", func(ctx context.Context) error {
		pending, err := orders.PendingSince(ctx, time.Now().Add(-20*time.Minute))
		if err != nil {
			return err
		}
		ideal.SweepPending(ctx, pending)
		return nil
	})

	go func() { log.Fatal(fapp.Listen(":8081")) }()
	srv := &http.Server{Addr: ":8080", Handler: httpMux}
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
