// Command printshopd runs the printshop backend.
package main

import (
	"context"
	"html/template"
	"log"
	"net/http"
	"os"

	"github.com/braintree-go/braintree-go"
	"github.com/gofiber/fiber/v2"
	"github.com/kataras/iris/v12"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"
	"github.com/uptrace/bun"
	"github.com/zeromicro/go-zero/rest"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/gorm"

	"audit17/printshop/braintreepay"
	"audit17/printshop/cryptopay"
	"audit17/printshop/orders"
	"audit17/printshop/payouts"
	"audit17/printshop/printpartner"
	"audit17/printshop/store"
	"audit17/printshop/stripepay"
	"audit17/printshop/web"
	"audit17/printshop/webhooks"
)

func main() {
	ctx := context.Background()
	db, err := gorm.Open(postgres(os.Getenv("DATABASE_URL")))
	if err != nil {
		log.Fatal(err)
	}
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URL")))
	if err != nil {
		log.Fatal(err)
	}
	mdb := mc.Database("printshop")
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	bdb := new(bun.DB)

	orderStore := store.NewOrders(db)
	royalties := store.NewRoyalties(bdb, func(ctx context.Context, dest *[]store.Royalty, where string, args ...any) error {
		return db.WithContext(ctx).Table("royalties").Where(where, args...).Find(dest).Error
	})
	lines := gormLines{db: db}
	mailer := &orders.SMTPMailer{Addr: os.Getenv("SMTP_ADDR"), From: "orders@printshop.example"}

	stripeClient := stripepay.New(stripepay.Config{SecretKey: os.Getenv("STRIPE_KEY"), BaseURL: os.Getenv("BASE_URL")})
	bt := braintreepay.New(braintree.Sandbox, os.Getenv("BT_MERCHANT"), os.Getenv("BT_PUBLIC"), os.Getenv("BT_PRIVATE"))
	coinbase := cryptopay.NewCoinbase(os.Getenv("COINBASE_API_KEY"))
	btcpay := cryptopay.NewBTCPay(os.Getenv("BTCPAY_URL"), os.Getenv("BTCPAY_STORE"), os.Getenv("BTCPAY_KEY"))
	printer := printpartner.New(os.Getenv("PRINT_API"), os.Getenv("PRINT_TOKEN"))

	svc := orders.NewService(orderStore, lines, printer, mailer, os.Getenv("BASE_URL"),
		orders.WithCoinbase(coinbase), orders.WithBTCPay(btcpay))
	queue := newPrintQueue(svc, 4)

	stripeHook := &webhooks.Stripe{
		Secret:    os.Getenv("STRIPE_WEBHOOK_SECRET"),
		Orders:    orderStore,
		Royalties: royalties,
		Lines:     lines,
		Creators:  creatorDir{db: db},
		Queue:     queue,
	}
	pages := &web.Pages{Orders: orderStore, Stripe: stripeClient, Braintree: bt, Service: svc,
		Tmpl: template.Must(template.ParseGlob("templates/*.html"))}
	router := web.Router(pages, stripeHook, staffOnly(os.Getenv("STAFF_TOKEN")))

	irisApp := iris.New()
	webhooks.NewBraintree(bt.Braintree(), store.NewNotifications(mdb), mailer, "ops@printshop.example").Mount(irisApp) // want "\\[webhookack\\] webhook handler calls webhooks.Alerter.Send \\(braintree.go:54, in webhooks.Braintree.notify\\), bound here to orders.SMTPMailer.Send"

	zero := rest.MustNewServer(rest.RestConf{})
	zero.AddRoutes(webhooks.NewCoinbase(os.Getenv("COINBASE_WEBHOOK_SECRET"), orderStore, svc).Routes()) // want "\\[webhookack\\] webhook handler calls webhooks.Fulfiller.FulfilOrder \\(coinbase.go:75, in webhooks.Coinbase.handle\\), bound here to orders.Service.FulfilOrder, which calls printpartner.Client.SubmitOrder, which retries work \\(retry.Do\\) before answering"

	fiberApp := fiber.New()
	(&webhooks.BTCPay{
		Secret:     os.Getenv("BTCPAY_WEBHOOK_SECRET"),
		Orders:     orderStore,
		Deliveries: store.NewDeliveries(rdb),
		Queue:      queue,
	}).Mount(fiberApp)

	jobs := &payouts.Jobs{
		Orders:       orderStore,
		Stripe:       stripeClient,
		Braintree:    bt,
		Misprints:    misprints{coll: mdb.Collection("misprints")},
		Payouts:      payouts.NewWorker(royalties),
		Stats:        func(ctx context.Context) ([]payouts.CreatorStats, error) { return nil, nil },
		AnalyticsURL: os.Getenv("ANALYTICS_URL"),
	}
	c := cron.New()
	if err := jobs.Schedule(c); err != nil {
		log.Fatal(err)
	}
	c.Start()

	go zero.Start()
	go func() { log.Fatal(fiberApp.Listen(":8082")) }()
	_ = irisApp
	log.Fatal(http.ListenAndServe(":8080", router))
}
