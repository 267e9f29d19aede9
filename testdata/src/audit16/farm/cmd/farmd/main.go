// Command farmd runs the farm-produce marketplace backend: the storefront
// return pages, the payment webhooks and the asynq workers.
package main

import (
	"context"
	"html/template"
	"log"
	"net/http"
	"os"
	"time"

	"audit16/farm/billing"
	"audit16/farm/flutterwave"
	"audit16/farm/mpesa"
	"audit16/farm/ops"
	"audit16/farm/paystack"
	"audit16/farm/store"
	"audit16/farm/web"
	"audit16/farm/webhooks"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"github.com/stripe/stripe-go/v82"
	"gorm.io/gorm"
)

type postgres struct{ dsn string }

func (postgres) Name() string { return "postgres" }

func main() {
	ctx := context.Background()
	dsn := os.Getenv("DATABASE_URL")
	db, err := gorm.Open(postgres{dsn: dsn})
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		log.Fatal(err)
	}
	redisAddr := os.Getenv("REDIS_ADDR")
	rdb := redis.NewClient(&redis.Options{Addr: redisAddr})
	queue := asynq.NewClient(asynq.RedisClientOpt{Addr: redisAddr})
	tmpl := template.Must(template.ParseGlob("templates/*.html"))

	orders := store.NewOrders(db)
	subs := store.NewSubs(db)
	ledger := store.NewLedger(pool)

	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")
	ps := paystack.New(os.Getenv("PAYSTACK_SECRET_KEY"), paystack.WithRetries(2))
	fw := flutterwave.New(os.Getenv("FLW_SECRET_KEY"))
	mp := mpesa.New(os.Getenv("DARAJA_KEY"), os.Getenv("DARAJA_SECRET"), os.Getenv("DARAJA_SHORTCODE"),
		os.Getenv("DARAJA_PASSKEY"), "https://api.shambabox.co.ke/callbacks/mpesa/stk",
		mpesa.WithReprompt(40*time.Second))
	sms := ops.NewSMS(os.Getenv("SMS_ENDPOINT"), os.Getenv("SMS_API_KEY"), "SHAMBABOX")

	export := billing.NewExportService(orders, "https://export.shambabox.com/pay/export/complete")
	ret := web.NewReturns(ps, orders, tmpl) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler web.Returns.FlutterwaveReturn, which calls web.Orders.Release \\(returns.go:58\\) without reading the payment's status from the provider; bound here, web.Orders.Release is store.Orders.Release: order status \"released\" stored" "\\[redirectfulfill\\] order fulfilled by the success-redirect handler web.Returns.PaystackReturn \\(/pay/paystack/return\\), which calls web.Orders.Release \\(returns.go:46\\) after reading the payment from the provider without checking that its status is paid; bound here, web.Orders.Release is store.Orders.Release: order status \"released\" stored"
	cold := ops.NewColdChain(os.Getenv("COLDROOM_GATEWAY"), rdb, queue)

	mux := http.NewServeMux()
	webhooks.Register(mux,
		webhooks.NewStripe(os.Getenv("STRIPE_WEBHOOK_SECRET"), ledger, orders, queue),
		webhooks.NewMpesa(ledger))
	mux.HandleFunc("GET /pay/export/complete", ret.ExportComplete)
	mux.HandleFunc("POST /hooks/coldchain", cold.SensorHook)
	mux.Handle("/", web.NewCheckout(orders, ps, fw, export, billing.NewRefunds(orders, ledger, ps), queue,
		"https://shambabox.com").Router())

	g := gin.Default()
	web.Routes(g, ret,
		webhooks.NewPaystack(os.Getenv("PAYSTACK_SECRET_KEY"), rdb, orders, ledger, sms),
		ops.NewRoutePlanner(os.Getenv("ROUTING_URL"), db))

	app := fiber.New()
	app.Get("/pay/flutterwave/return", ret.FlutterwaveReturn)
	app.Post("/hooks/flutterwave", webhooks.NewFlutterwave(os.Getenv("FLW_SECRET_HASH"), orders, subs).Handle) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(webhooks.Flutterwave.Handle calls webhooks.SubscriptionCredits.AddCredits"

	workers := asynq.NewServeMux()
	workers.HandleFunc("renewals:due", billing.NewRenewals(subs, ps, fw).HandleDue)
	workers.HandleFunc("payouts:weekly", billing.NewPayoutWorker(store.NewSettlements(db), ps).HandleWeekly) // want "\\[idempotency\\] billing.PayoutWorker calls billing.Transferer.Transfer \\(payouts.go:40\\), retried by a for loop \\(line 39\\), bound here to paystack.Client.Transfer \\(POST /transfer\\), which makes a new idempotency key on every call"
	workers.HandleFunc("mpesa:stk", billing.NewKenyaCheckout(mp, orders).HandleSTK)
	workers.HandleFunc("export:settle", export.HandleSettleTask)
	workers.HandleFunc("reconcile:ghana", billing.NewReconciler(orders, fw).HandleSweep)
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: redisAddr}, asynq.Config{Concurrency: 8})

	go func() { log.Fatal(srv.Run(workers)) }()
	go func() { log.Fatal(http.ListenAndServe(":8081", mux)) }()
	go func() { log.Fatal(app.Listen(":8082")) }()
	log.Fatal(g.Run(":8080"))
}
